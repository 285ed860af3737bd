using System.Security.Claims;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Authorization;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>Named policies: ownership of the parent or the value, arguments, asynchronous and failing policies, what a policy is given.</summary>
public class PolicyTests
{
    [Fact]
    public async Task A_customer_sees_the_email_of_their_own_order_only()
    {
        var vault = new Vault();

        var alice = await vault.Run(Vault.Alice, "{ orders { id customerEmail } }");

        Assert.Equal(Json("{'data':{'orders':[{'id':'o1','customerEmail':'alice@example.com'},{'id':'o2','customerEmail':null}]}}"), Vault.Data(alice));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at orders.1.customerEmail"], Vault.Errors(alice));
        Assert.DoesNotContain(Vault.BobEmail, Write(alice));
        Assert.Equal(1, vault.Calls("Order.customerEmail"));
    }

    [Fact]
    public async Task An_admin_sees_every_customers_email_and_an_anonymous_request_none_without_running_the_policy()
    {
        var vault = new Vault();

        var admin = await vault.Run(Vault.Admin, "{ orders { customerEmail } }");
        var anonymous = await vault.Run(Vault.Anonymous, "{ orders { customerEmail } }");

        Assert.Equal(Json("{'data':{'orders':[{'customerEmail':'alice@example.com'},{'customerEmail':'bob@example.com'}]}}"), Write(admin));
        Assert.Equal(Json("{'data':{'orders':[{'customerEmail':null},{'customerEmail':null}]}}"), Vault.Data(anonymous));
        Assert.Equal(["UNAUTHENTICATED at orders.0.customerEmail", "UNAUTHENTICATED at orders.1.customerEmail"], Vault.Errors(anonymous));
        Assert.Equal(2, vault.PolicyCalls.Count); // the admin's two; authentication is checked before any policy
    }

    [Fact]
    public async Task A_policy_on_arguments_refuses_before_the_resolver_runs_with_literals_and_variables()
    {
        var vault = new Vault();

        var others = await vault.Run(Vault.Alice, """{ ordersOf(email: "bob@example.com") { id } }""");
        var othersByVariable = await vault.Run(Vault.Alice, "query ($e: String!) { ordersOf(email: $e) { id } }", "{'e':'bob@example.com'}");
        Assert.Equal(0, vault.Calls("Query.ordersOf"));
        var own = await vault.Run(Vault.Alice, "query ($e: String!) { ordersOf(email: $e) { id } }", "{'e':'alice@example.com'}");

        Assert.Equal(Json("{'data':null}"), Vault.Data(others));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at ordersOf"], Vault.Errors(others));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at ordersOf"], Vault.Errors(othersByVariable));
        Assert.Equal(Json("{'data':{'ordersOf':[{'id':'o1'}]}}"), Write(own));
        Assert.Equal(1, vault.Calls("Query.ordersOf"));
    }

    [Fact]
    public async Task An_asynchronous_type_policy_hides_other_users_values_on_lists_and_node()
    {
        var vault = new Vault();

        var list = await vault.Run(Vault.Alice, "{ invoices { id amount } }");
        var node = await vault.Run(Vault.Alice, """{ own: node(id: "i1") { id } other: node(id: "i2") { id ... on Invoice { amount } } }""");
        var bob = await vault.Run(Vault.Bob, """{ node(id: "i2") { ... on Invoice { amount } } }""");

        Assert.Equal(Json("{'data':{'invoices':[{'id':'i1','amount':100},null]}}"), Vault.Data(list));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at invoices.1"], Vault.Errors(list));
        Assert.Equal(Json("{'data':{'own':{'id':'i1'},'other':null}}"), Vault.Data(node));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at other"], Vault.Errors(node));
        Assert.Equal(Json("{'data':{'node':{'amount':200}}}"), Write(bob));
    }

    [Fact]
    public async Task A_policy_gets_the_user_the_protected_value_the_field_its_arguments_and_the_path()
    {
        var vault = new Vault();

        await vault.Run(Vault.Alice, "{ orders { customerEmail } }");
        await vault.Run(Vault.Alice, "{ invoices { id } }");
        await vault.Run(Vault.Alice, """{ mine: ordersOf(email: "alice@example.com") { id } }""");

        var calls = vault.PolicyCalls.ToArray();
        Assert.Equal(["ownerOrAdmin", "ownerOrAdmin", "invoiceOwner", "invoiceOwner", "selfOrAdmin"], calls.Select(c => c.Policy));

        var field = calls[1].Context;
        Assert.Equal(AuthorizationTarget.Field, field.Target);
        Assert.Same(vault.Orders[1], field.Value);
        Assert.Equal("Order", field.Type.Name);
        Assert.Equal("customerEmail", field.Field.Name);
        Assert.Equal(["orders", 1, "customerEmail"], field.Path);
        Assert.Equal(Vault.AliceEmail, field.User.FindFirst(ClaimTypes.Email)?.Value);

        var type = calls[3].Context;
        Assert.Equal(AuthorizationTarget.Type, type.Target);
        Assert.Same(vault.Invoices[1], type.Value);
        Assert.Equal("Invoice", type.Type.Name);
        Assert.Equal("invoices", type.Field.Name);
        Assert.Equal(["invoices", 1], type.Path);

        var arguments = calls[4].Context;
        Assert.Equal(Vault.AliceEmail, arguments.Arguments["email"]);
        Assert.Equal(["mine"], arguments.Path);
        Assert.Equal("Query", arguments.Type.Name);
    }

    [Fact]
    public async Task A_policy_that_fails_denies_with_an_internal_error_and_the_resolver_never_runs()
    {
        var calls = 0;
        var executor = SmallSchema(
            "a: String @authorize(policy: \"broken\") b: String",
            builder => builder
                .AddAuthorizationPolicy("broken", (Func<AuthorizationContext, bool>)(_ => throw new InvalidOperationException("the policy store is down")))
                .Resolve("Query", "a", _ =>
                {
                    calls++;
                    return "A";
                })
                .Resolve("Query", "b", _ => "B"));

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a b }" }, new RequestContext { User = Vault.Alice });

        Assert.Equal(
            Json("""{'errors':[{'message':'Unexpected error resolving field \u0022Query.a\u0022.','locations':[{'line':1,'column':3}],'path':['a'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'a':null,'b':'B'}}"""),
            Write(result));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Roles_and_policy_in_one_directive_must_both_pass()
    {
        var executor = SmallSchema(
            "a: String @authorize(roles: [\"staff\"], policy: \"vip\")",
            builder => builder
                .AddAuthorizationPolicy("vip", context => context.User.HasClaim("tier", "vip"))
                .Resolve("Query", "a", _ => "A"));

        var staff = await Run(executor, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "staff")], "test")));
        var vip = await Run(executor, new ClaimsPrincipal(new ClaimsIdentity([new Claim("tier", "vip")], "test")));
        var both = await Run(executor, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "staff"), new Claim("tier", "vip")], "test")));

        Assert.Equal(["AUTH_NOT_AUTHORIZED at a"], Vault.Errors(staff));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at a"], Vault.Errors(vip));
        Assert.Equal(Json("{'data':{'a':'A'}}"), Write(both));
    }

    [Fact]
    public async Task A_policy_is_given_the_request_services()
    {
        var executor = SmallSchema(
            "a: String @authorize(policy: \"allowList\")",
            builder => builder
                .AddAuthorizationPolicy("allowList", context => context.User.FindFirst(ClaimTypes.Email)?.Value is { } email && context.Service<AllowList>().Emails.Contains(email))
                .Resolve("Query", "a", _ => "A"));
        var services = new Services(new AllowList([Vault.AliceEmail]));

        var alice = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" }, new RequestContext { User = Vault.Alice, Services = services });
        var bob = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" }, new RequestContext { User = Vault.Bob, Services = services });

        Assert.Equal(Json("{'data':{'a':'A'}}"), Write(alice));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at a"], Vault.Errors(bob));
    }

    private static RequestExecutor SmallSchema(string queryFields, Func<ExecutableSchemaBuilder, ExecutableSchemaBuilder> configure)
    {
        var sdl = """
            directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION
            type Query {
            """ + queryFields + " }";
        return new RequestExecutor(configure(new ExecutableSchemaBuilder(SchemaBuilder.Build(sdl))).Build());
    }

    private static Task<ExecutionResult> Run(RequestExecutor executor, ClaimsPrincipal user) =>
        executor.ExecuteAsync(new GraphQLRequest { Query = "{ a }" }, new RequestContext { User = user });

    private sealed record AllowList(string[] Emails);

    private sealed class Services(AllowList allowList) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(AllowList) ? allowList : null;
    }
}
