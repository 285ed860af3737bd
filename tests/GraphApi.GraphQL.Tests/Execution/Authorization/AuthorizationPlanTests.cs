using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Authorization;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>
/// Requirements are compiled once, at build time, into the plans: only the positions that have one carry
/// it, so a schema without the directive executes plans with no check at all.
/// </summary>
public class AuthorizationPlanTests
{
    [Fact]
    public void A_schema_without_the_directive_builds_plans_without_checks()
    {
        var executor = Library.Executor();
        const string query = """
            { books { title author { name books { id } } } node(id: "b1") { id ... on Book { title } }
              search(text: "e") { ... on Author { name } ... on Book { year } } }
            """;

        var checks = Checks(executor, query);

        Assert.Null(executor.Schema.Authorization);
        Assert.Contains("Query.books", checks.Keys);
        Assert.Contains("Author.books", checks.Keys);
        Assert.Contains("Book.year", checks.Keys);
        Assert.All(checks, check => Assert.Null(check.Value));
    }

    [Fact]
    public void Only_protected_fields_and_types_carry_their_compiled_requirements()
    {
        var vault = new Vault();
        const string query = """
            { document(id: "d1") { title body audit } secret(id: "s1") { id code } agent { codename handler }
              orders { customerEmail } me ordersOf(email: "x") { id } }
            """;

        var checks = Checks(vault.Executor, query);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Query"] = null,
                ["Query.document"] = null,
                ["Document"] = null,
                ["Document.title"] = null,
                ["Document.body"] = "roles editor|admin",
                ["Document.audit"] = "roles admin & roles auditor",
                ["Query.secret"] = null,
                ["Secret"] = "roles admin",
                ["Secret.id"] = null,
                ["Secret.code"] = null,
                ["Query.agent"] = null,
                ["Agent"] = "roles agent",
                ["Agent.codename"] = null,
                ["Agent.handler"] = "roles handler",
                ["Query.orders"] = null,
                ["Order"] = null,
                ["Order.customerEmail"] = "policy ownerOrAdmin",
                ["Order.id"] = null,
                ["Query.me"] = "authenticated",
                ["Query.ordersOf"] = "policy selfOrAdmin",
            },
            checks);
    }

    /// <summary>The requirement of every selection set and field of the operation's plan, described; null where there is none.</summary>
    private static Dictionary<string, string?> Checks(RequestExecutor executor, string query)
    {
        var plan = executor.Prepare(new GraphQLRequest { Query = query }).Plan!;
        var checks = new Dictionary<string, string?>();
        Walk(plan.GetVariant(new Dictionary<string, object?>()).Root, executor.Schema.Schema, checks);
        return checks;
    }

    private static void Walk(SelectionSetPlan set, Schema schema, Dictionary<string, string?> checks)
    {
        checks[set.Type.Name] = Describe(set.Authorization);
        foreach (var field in set.Fields)
        {
            checks[field.Coordinate] = Describe(field.Authorization);
            var named = field.Type.Named;
            if (named.IsCompositeType)
            {
                foreach (var type in named is ObjectType objectType ? [objectType] : schema.GetPossibleTypes(named))
                {
                    Walk(field.GetSubPlan(type), schema, checks);
                }
            }
        }
    }

    private static string? Describe(AuthorizationRequirement? requirement) =>
        requirement is null
            ? null
            : string.Join(" & ", requirement.Rules.Select(rule => rule switch
            {
                { Roles: null, PolicyName: null } => "authenticated",
                { PolicyName: null } => "roles " + string.Join('|', rule.Roles),
                { Roles: null } => "policy " + rule.PolicyName,
                _ => "roles " + string.Join('|', rule.Roles) + " policy " + rule.PolicyName,
            }));
}
