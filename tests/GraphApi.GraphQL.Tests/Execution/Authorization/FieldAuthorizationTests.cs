using System.Security.Claims;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>Protected fields: roles (any of a directive's), repeated directives (all of them), interfaces, root types.</summary>
public class FieldAuthorizationTests
{
    private const string Ok = "ok";
    private const string Unauthenticated = ExecutionErrorCodes.Unauthenticated;
    private const string Forbidden = ExecutionErrorCodes.NotAuthorized;

    /// <summary>
    /// <c>body @authorize(roles: ["editor", "admin"])</c>, <c>audit @authorize(roles: ["admin"]) @authorize(roles: ["auditor"])</c>,
    /// <c>Query.me @authorize</c> (any authenticated user); <c>title</c> is open to all.
    /// </summary>
    [Theory]
    [InlineData(null, Unauthenticated, Unauthenticated, Unauthenticated)]
    [InlineData("", Forbidden, Forbidden, Ok)]
    [InlineData("editor", Ok, Forbidden, Ok)]
    [InlineData("admin", Ok, Forbidden, Ok)]
    [InlineData("auditor", Forbidden, Forbidden, Ok)]
    [InlineData("admin,auditor", Ok, Ok, Ok)]
    [InlineData("editor,auditor", Ok, Forbidden, Ok)]
    public async Task Role_by_field_matrix(string? roles, string body, string audit, string me)
    {
        var vault = new Vault();
        var user = roles is null ? Vault.Anonymous : Vault.User("someone@example.com", roles.Split(',', StringSplitOptions.RemoveEmptyEntries));

        var result = await vault.Run(user, """{ document(id: "d1") { title body audit } me }""");

        var expectedErrors = new List<string>();
        Expect(body, "document.body");
        Expect(audit, "document.audit");
        Expect(me, "me");
        Assert.Equal(expectedErrors, Vault.Errors(result));
        var data = Json(
            "{'data':{'document':{'title':'Memo','body':" + Value(body, "'memo body'") + ",'audit':" + Value(audit, "'memo audit'") + "},"
            + "'me':" + Value(me, "'someone@example.com'") + "}}");
        Assert.Equal(data, Vault.Data(result));
        Assert.Equal(body == Ok ? 1 : 0, vault.Calls("Document.body"));
        Assert.Equal(audit == Ok ? 1 : 0, vault.Calls("Document.audit"));
        Assert.Equal(me == Ok ? 1 : 0, vault.Calls("Query.me"));

        void Expect(string verdict, string path)
        {
            if (verdict != Ok)
            {
                expectedErrors.Add(verdict + " at " + path);
            }
        }
    }

    [Fact]
    public async Task A_denied_field_names_the_field()
    {
        var vault = new Vault();

        var result = await vault.Run(Vault.Anonymous, """{ document(id: "d1") { title body } }""");

        Assert.Equal(
            Json("""{'errors':[{'message':'Authentication is required to access field \u0022Document.body\u0022.','locations':[{'line':1,'column':30}],'path':['document','body'],'extensions':{'code':'UNAUTHENTICATED'}}],'data':{'document':{'title':'Memo','body':null}}}"""),
            Write(result));
    }

    [Fact]
    public async Task A_protected_interface_protects_its_implementations_through_the_interface_and_directly()
    {
        var vault = new Vault();

        var throughInterface = await vault.Run(Vault.Alice, "{ classified { codename } }");
        var direct = await vault.Run(Vault.Alice, "{ agent { codename } }");
        var agent = await vault.Run(Vault.User("q@example.com", "agent"), "{ classified { codename } agent { codename } }");

        Assert.Equal(Json("{'data':{'classified':null}}"), Vault.Data(throughInterface));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at classified.0"], Vault.Errors(throughInterface));
        Assert.Equal(Json("{'data':{'agent':null}}"), Vault.Data(direct));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at agent"], Vault.Errors(direct));
        Assert.Equal(Json("{'data':{'classified':[{'codename':'007'}],'agent':{'codename':'007'}}}"), Write(agent));
    }

    [Fact]
    public async Task A_field_protected_on_an_interface_is_protected_on_its_implementations()
    {
        var vault = new Vault();

        var agent = await vault.Run(Vault.User("q@example.com", "agent"), "{ agent { codename handler } }");
        var handler = await vault.Run(Vault.User("m@example.com", "agent", "handler"), "{ agent { codename handler } }");

        Assert.Equal(Json("{'data':{'agent':{'codename':'007','handler':null}}}"), Vault.Data(agent));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at agent.handler"], Vault.Errors(agent));
        Assert.Equal(Json("{'data':{'agent':{'codename':'007','handler':'M'}}}"), Write(handler));
        Assert.Equal(1, vault.Calls("Agent.handler"));
    }

    [Fact]
    public async Task A_protected_root_type_guards_each_of_its_fields()
    {
        const string sdl = """
            directive @authorize(roles: [String!], policy: String) repeatable on OBJECT | INTERFACE | FIELD_DEFINITION
            type Query @authorize(roles: ["admin"]) { a: String viewer: Query }
            """;
        var calls = 0;
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(SchemaBuilder.Build(sdl))
            .Resolve("Query", "a", _ =>
            {
                calls++;
                return "A";
            })
            .Resolve("Query", "viewer", context => context.Parent)
            .RootValue(new object())
            .Build());

        var anonymous = await Run(executor, Vault.Anonymous, "{ __typename a viewer { a } }");
        var alice = await Run(executor, Vault.Alice, "{ a }");
        var admin = await Run(executor, Vault.Admin, "{ a viewer { a } }");

        Assert.Equal(Json("{'data':{'__typename':'Query','a':null,'viewer':null}}"), Vault.Data(anonymous));
        Assert.Equal(["UNAUTHENTICATED at a", "UNAUTHENTICATED at viewer"], Vault.Errors(anonymous));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at a"], Vault.Errors(alice));
        Assert.Equal(Json("{'data':{'a':'A','viewer':{'a':'A'}}}"), Write(admin));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Any_authenticated_identity_counts_and_an_unauthenticated_one_does_not()
    {
        var vault = new Vault();
        var unauthenticatedWithRole = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")]));
        var second = new ClaimsPrincipal([new ClaimsIdentity(), new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], "bearer")]);

        var claimsWithoutAuthentication = await vault.Run(unauthenticatedWithRole, """{ secret(id: "s1") { id } }""");
        var authenticatedSecondIdentity = await vault.Run(second, """{ secret(id: "s1") { id } }""");

        Assert.Equal(["UNAUTHENTICATED at secret"], Vault.Errors(claimsWithoutAuthentication));
        Assert.Equal(Json("{'data':{'secret':{'id':'s1'}}}"), Write(authenticatedSecondIdentity));
    }

    private static Task<ExecutionResult> Run(RequestExecutor executor, ClaimsPrincipal user, string query) =>
        executor.ExecuteAsync(new GraphQLRequest { Query = query }, new RequestContext { User = user });

    private static string Value(string verdict, string value) => verdict == Ok ? value : "null";
}
