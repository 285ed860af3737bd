using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>The startup check: a directive that could not be enforced as written fails the build, naming where it is.</summary>
public class AuthorizationStartupTests
{
    private const string Declaration =
        "directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION\n";

    [Fact]
    public void An_unknown_policy_fails_the_build_naming_the_field_or_type()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Build(
            Declaration + """
                type Query { order: Order }
                type Order @authorize(policy: "ownr") { email: String @authorize(policy: "owner") @authorize(policy: "admn") }
                """,
            builder => builder.AddAuthorizationPolicy("owner", _ => true)));

        Assert.Equal(
            [
                "Order: @authorize(policy: \"ownr\") names no registered policy; register it with AddAuthorizationPolicy(\"ownr\", ...).",
                "Order.email: @authorize(policy: \"admn\") names no registered policy; register it with AddAuthorizationPolicy(\"admn\", ...).",
            ],
            error.Problems);
    }

    [Fact]
    public void A_bad_directive_on_an_unreachable_type_fails_the_build_too()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Build(
            Declaration + """
                type Query { a: String }
                type Orphan @authorize(policy: "nobody") { b: String }
                """));

        Assert.Equal(["Orphan: @authorize(policy: \"nobody\") names no registered policy; register it with AddAuthorizationPolicy(\"nobody\", ...)."], error.Problems);
    }

    [Fact]
    public void Roles_that_admit_no_one_or_are_not_names_fail_the_build()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Build(
            Declaration + """
                type Query {
                  a: String @authorize(roles: [])
                  b: String @authorize(roles: [""])
                  c: String @authorize(policy: "")
                  d: String @authorize(roles: "admin") @authorize(roles: null, policy: null)
                }
                """));

        Assert.Equal(
            [
                "Query.a: @authorize(roles: []) admits no one; leave roles out to require only an authenticated user.",
                "Query.b: @authorize(roles:) must list role names (non-empty strings).",
                "Query.c: @authorize(policy:) must be the name of a policy.",
            ],
            error.Problems);
    }

    [Fact]
    public void A_declaration_the_engine_would_not_enforce_fails_the_build()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Build("""
            directive @authorize(roles: String, policy: String, reason: String) on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE
            type Query { a(x: Int @authorize): String }
            """));

        Assert.Equal(
            [
                "@authorize: declared on ARGUMENT_DEFINITION, where it would not be enforced; authorization is enforced on OBJECT, INTERFACE and FIELD_DEFINITION only.",
                "@authorize: declared on ENUM_VALUE, where it would not be enforced; authorization is enforced on OBJECT, INTERFACE and FIELD_DEFINITION only.",
                "@authorize(roles: String): not an argument the engine enforces; @authorize takes \"roles: [String!]\" and \"policy: String\".",
                "@authorize(reason: String): not an argument the engine enforces; @authorize takes \"roles: [String!]\" and \"policy: String\".",
            ],
            error.Problems);
    }

    [Fact]
    public void Policies_or_a_chosen_directive_name_without_the_directive_in_the_schema_fail_the_build()
    {
        var withPolicy = Assert.Throws<SchemaBindingException>(() => Build("type Query { a: String }", builder => builder.AddAuthorizationPolicy("owner", _ => true)));
        var withName = Assert.Throws<SchemaBindingException>(() => Build(Declaration + "type Query { a: String }", builder => builder.UseAuthorizationDirective("requires")));

        Assert.Equal(
            ["@authorize: the schema does not declare this directive, so no authorization would be enforced; declare \"directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION\"."],
            withPolicy.Problems);
        Assert.Equal(
            ["@requires: the schema does not declare this directive, so no authorization would be enforced; declare \"directive @requires(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION\"."],
            withName.Problems);
    }

    [Fact]
    public void A_policy_registered_twice_fails_the_build()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Build(
            Declaration + "type Query { a: String }",
            builder => builder.AddAuthorizationPolicy("owner", _ => true).AddAuthorizationPolicy("owner", _ => false)));

        Assert.Equal(["AddAuthorizationPolicy(\"owner\"): registered twice."], error.Problems);
    }

    [Fact]
    public async Task The_directive_can_have_another_name()
    {
        var executable = Build(
            """
            directive @requires(roles: [String!]) on FIELD_DEFINITION
            directive @authorize on FIELD_DEFINITION
            type Query { a: String @requires(roles: ["admin"]) b: String @authorize }
            """,
            builder => builder.UseAuthorizationDirective("requires"));

        var result = await new RequestExecutor(executable).ExecuteAsync(new GraphQLRequest { Query = "{ a b }" }, new RequestContext { User = Vault.Alice });

        // @authorize is just another directive of this schema now.
        Assert.Equal(["AUTH_NOT_AUTHORIZED at a"], Vault.Errors(result));
        Assert.Equal(ResultJson.Json("{'data':{'a':null,'b':'b'}}"), Vault.Data(result));
    }

    private static ExecutableSchema Build(string sdl, Func<ExecutableSchemaBuilder, ExecutableSchemaBuilder>? configure = null)
    {
        var builder = new ExecutableSchemaBuilder(SchemaBuilder.Build(sdl));
        foreach (var type in builder.Schema.Types)
        {
            if (type is ObjectType objectType && !type.IsIntrospectionType)
            {
                foreach (var field in objectType.Fields)
                {
                    var name = field.Name;
                    builder.Resolve(type.Name, name, _ => name);
                }
            }
        }

        return (configure?.Invoke(builder) ?? builder).Build();
    }
}
