using System.Security.Claims;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>
/// <see cref="GraphApi.GraphQL.Execution.Resolvers.IResolverContext.SignIn"/>: a sign-in mutation's payload, and
/// the mutation fields after it, are authorized for the user it signed in; the fields before it, and anything
/// outside a mutation's root fields, are not.
/// </summary>
public class SignInTests
{
    private const string Sdl = """
        directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION

        type Query {
          whoami: String @authorize
          impersonate(name: String!): String
        }

        type Mutation {
          signIn(name: String!, keep: Boolean! = true): Session!
          whoami: String @authorize
        }

        type Session @authorize(policy: "self") {
          name: String!
        }
        """;

    private static readonly RequestExecutor Executor = new(new ExecutableSchemaBuilder(SchemaBuilder.Build(Sdl))
        .BindType<Session>("Session")
        .AddAuthorizationPolicy("self", context => context.ValueAs<Session>().Name == NameOf(context.User))
        .Resolve("Query", "whoami", context => NameOf(context.User))
        .Resolve("Query", "impersonate", context =>
        {
            context.SignIn(UserNamed(context.Argument<string>("name")));
            return NameOf(context.User);
        })
        .Resolve("Mutation", "whoami", context => NameOf(context.User))
        .Resolve("Mutation", "signIn", context =>
        {
            var name = context.Argument<string>("name");
            if (context.Argument<bool>("keep"))
            {
                context.SignIn(UserNamed(name));
            }

            return new Session(name);
        })
        .Build());

    [Fact]
    public async Task The_payload_and_the_fields_after_a_sign_in_run_as_the_signed_in_user()
    {
        var result = await Run("""mutation { signIn(name: "ann") { name } whoami }""");

        Assert.Equal("""{"data":{"signIn":{"name":"ann"},"whoami":"ann"}}""", Vault.Data(result));
        Assert.Empty(Vault.Errors(result));
    }

    [Fact]
    public async Task Without_the_sign_in_the_same_payload_is_denied()
    {
        var result = await Run("""mutation { signIn(name: "ann", keep: false) { name } whoami }""");

        Assert.Equal("""{"data":null}""", Vault.Data(result));
        Assert.Equal(["UNAUTHENTICATED at signIn"], Vault.Errors(result));
    }

    [Fact]
    public async Task The_fields_before_a_sign_in_still_run_as_the_caller()
    {
        var result = await Run("""mutation { before: whoami signIn(name: "ann") { name } after: whoami }""");

        Assert.Equal("""{"data":{"before":null,"signIn":{"name":"ann"},"after":"ann"}}""", Vault.Data(result));
        Assert.Equal(["UNAUTHENTICATED at before"], Vault.Errors(result));
    }

    [Fact]
    public async Task A_second_sign_in_replaces_the_first_so_the_first_users_payload_is_not_shown_to_the_second()
    {
        var result = await Run("""mutation { a: signIn(name: "ann") { name } b: signIn(name: "bob") { name } whoami }""");

        Assert.Equal("""{"data":{"a":{"name":"ann"},"b":{"name":"bob"},"whoami":"bob"}}""", Vault.Data(result));
    }

    [Fact]
    public async Task A_query_field_cannot_sign_a_user_in()
    {
        var result = await Run("""{ impersonate(name: "ann") whoami }""");

        Assert.Equal("""{"data":{"impersonate":null,"whoami":null}}""", Vault.Data(result));
        Assert.Equal(["INTERNAL_SERVER_ERROR at impersonate", "UNAUTHENTICATED at whoami"], Vault.Errors(result).Order().ToArray());
    }

    private static Task<ExecutionResult> Run(string query) =>
        Executor.ExecuteAsync(new GraphQLRequest { Query = query }, new RequestContext { User = Vault.Anonymous });

    private static ClaimsPrincipal UserNamed(string name) => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test"));

    private static string? NameOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;

    private sealed record Session(string Name);
}
