using GraphApi.GraphQL.Execution;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution.Authorization;

/// <summary>
/// A protected type (<c>Secret @authorize(roles: ["admin"])</c>) on every path that can produce it: the
/// secret never reaches a response for a wrong user, its fields never resolve, and each denied position
/// is null with the right code and path. The admin sees everything, which shows each query does reach it.
/// </summary>
public class AuthorizationPathTests
{
    public static TheoryData<string, string, string, string[], string> Paths => new()
    {
        {
            "direct field",
            """{ secret(id: "s1") { id code } }""",
            "{'secret':null}",
            ["secret"],
            "{'secret':{'id':'s1','code':'TOPSECRET-one'}}"
        },
        {
            "__typename alone",
            """{ secret(id: "s1") { __typename } }""",
            "{'secret':null}",
            ["secret"],
            "{'secret':{'__typename':'Secret'}}"
        },
        {
            "fragment spread",
            """{ secret(id: "s1") { ...Parts } } fragment Parts on Secret { id code }""",
            "{'secret':null}",
            ["secret"],
            "{'secret':{'id':'s1','code':'TOPSECRET-one'}}"
        },
        {
            "inline fragments",
            """{ secret(id: "s1") { ... on Secret { code } ... { id } } }""",
            "{'secret':null}",
            ["secret"],
            "{'secret':{'code':'TOPSECRET-one','id':'s1'}}"
        },
        {
            "aliases batch",
            """{ a: secret(id: "s1") { code } b: secret(id: "s2") { code } memo: document(id: "d1") { title } }""",
            "{'a':null,'b':null,'memo':{'title':'Memo'}}",
            ["a", "b"],
            "{'a':{'code':'TOPSECRET-one'},'b':{'code':'TOPSECRET-two'},'memo':{'title':'Memo'}}"
        },
        {
            "list items",
            "{ secrets { code } }",
            "{'secrets':[null,null]}",
            ["secrets.0", "secrets.1"],
            "{'secrets':[{'code':'TOPSECRET-one'},{'code':'TOPSECRET-two'}]}"
        },
        {
            "non-null field (null propagates to data)",
            "{ requiredSecret { code } }",
            "null",
            ["requiredSecret"],
            "{'requiredSecret':{'code':'TOPSECRET-one'}}"
        },
        {
            "node",
            """{ node(id: "s2") { id ... on Secret { code } } }""",
            "{'node':null}",
            ["node"],
            "{'node':{'id':'s2','code':'TOPSECRET-two'}}"
        },
        {
            "nodes",
            """{ nodes(ids: ["s1", "d1", "s2"]) { id ... on Secret { code } } }""",
            "{'nodes':[null,{'id':'d1'},null]}",
            ["nodes.0", "nodes.2"],
            "{'nodes':[{'id':'s1','code':'TOPSECRET-one'},{'id':'d1'},{'id':'s2','code':'TOPSECRET-two'}]}"
        },
        {
            "union member",
            "{ search { __typename ... on Secret { code } ... on Document { title } } }",
            "{'search':[null,{'__typename':'Document','title':'Memo'},null]}",
            ["search.0", "search.2"],
            "{'search':[{'__typename':'Secret','code':'TOPSECRET-one'},{'__typename':'Document','title':'Memo'},{'__typename':'Secret','code':'TOPSECRET-two'}]}"
        },
        {
            "connection edge (Non-Null node: the connection is nulled)",
            "{ secretConnection { totalCount edges { cursor node { code } } } }",
            "{'secretConnection':null}",
            ["secretConnection.edges.0.node"],
            "{'secretConnection':{'totalCount':2,'edges':[{'cursor':'cursor-s1','node':{'code':'TOPSECRET-one'}},{'cursor':'cursor-s2','node':{'code':'TOPSECRET-two'}}]}}"
        },
        {
            "connection nodes",
            "{ secretConnection { nodes { code } } }",
            "{'secretConnection':null}",
            ["secretConnection.nodes.0"],
            "{'secretConnection':{'nodes':[{'code':'TOPSECRET-one'},{'code':'TOPSECRET-two'}]}}"
        },
        {
            "mutation payload",
            """mutation { revealSecret(id: "s1") { code } }""",
            "{'revealSecret':null}",
            ["revealSecret"],
            "{'revealSecret':{'code':'TOPSECRET-one'}}"
        },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Without_a_user_the_secret_is_null_with_UNAUTHENTICATED(string path, string query, string deniedData, string[] deniedAt, string adminData)
    {
        _ = (path, adminData);
        var vault = new Vault();

        var result = await vault.Run(Vault.Anonymous, query);

        Assert.Equal(Json("{'data':" + deniedData + "}"), Vault.Data(result));
        Assert.Equal(deniedAt.Select(p => "UNAUTHENTICATED at " + p), Vault.Errors(result));
        Assert.DoesNotContain(Vault.Marker, Write(result));
        Assert.Equal(0, vault.Calls("Secret.code"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task For_a_user_without_the_role_the_secret_is_null_with_AUTH_NOT_AUTHORIZED(string path, string query, string deniedData, string[] deniedAt, string adminData)
    {
        _ = (path, adminData);
        var vault = new Vault();

        var result = await vault.Run(Vault.Alice, query);

        Assert.Equal(Json("{'data':" + deniedData + "}"), Vault.Data(result));
        Assert.Equal(deniedAt.Select(p => "AUTH_NOT_AUTHORIZED at " + p), Vault.Errors(result));
        Assert.DoesNotContain(Vault.Marker, Write(result));
        Assert.Equal(0, vault.Calls("Secret.code"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_admin_gets_the_secret_on_every_path(string path, string query, string deniedData, string[] deniedAt, string adminData)
    {
        _ = (path, deniedData, deniedAt);
        var vault = new Vault();

        var result = await vault.Run(Vault.Admin, query);

        Assert.Equal(Json("{'data':" + adminData + "}"), Write(result));
    }

    [Fact]
    public async Task The_error_names_the_type_and_the_position_but_no_data()
    {
        var vault = new Vault();

        var anonymous = await vault.Run(Vault.Anonymous, """{ nodes(ids: ["d1", "s2"]) { id } }""");
        var alice = await vault.Run(Vault.Alice, """{ nodes(ids: ["d1", "s2"]) { id } }""");

        Assert.Equal(
            Json("""
                {'errors':[{'message':'Authentication is required to access type \u0022Secret\u0022.','locations':[{'line':1,'column':3}],'path':['nodes',1],'extensions':{'code':'UNAUTHENTICATED'}}],
                 'data':{'nodes':[{'id':'d1'},null]}}
                """),
            Write(anonymous));
        Assert.Equal(
            Json("""
                {'errors':[{'message':'The current user is not authorized to access type \u0022Secret\u0022.','locations':[{'line':1,'column':3}],'path':['nodes',1],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],
                 'data':{'nodes':[{'id':'d1'},null]}}
                """),
            Write(alice));
    }

    [Fact]
    public async Task A_denied_mutation_payload_hides_the_result_though_the_mutation_ran()
    {
        var vault = new Vault();

        await vault.Run(Vault.Alice, """mutation { revealSecret(id: "s1") { code } }""");

        // A type protects values, not actions: a mutation that must not run for a user needs @authorize on the field.
        Assert.Equal(1, vault.Calls("Mutation.revealSecret"));
        Assert.Equal(0, vault.Calls("Secret.code"));
    }

    [Fact]
    public async Task A_denied_mutation_field_never_runs()
    {
        var vault = new Vault();

        var alice = await vault.Run(Vault.Alice, """mutation { deleteSecret(id: "s1") }""");
        var anonymous = await vault.Run(Vault.Anonymous, """mutation { deleteSecret(id: "s1") }""");

        Assert.Equal(Json("{'data':{'deleteSecret':null}}"), Vault.Data(alice));
        Assert.Equal(["AUTH_NOT_AUTHORIZED at deleteSecret"], Vault.Errors(alice));
        Assert.Equal(["UNAUTHENTICATED at deleteSecret"], Vault.Errors(anonymous));
        Assert.Equal(0, vault.Calls("Mutation.deleteSecret"));
        Assert.Equal(2, vault.Secrets.Count);

        var admin = await vault.Run(Vault.Admin, """mutation { deleteSecret(id: "s1") }""");

        Assert.Equal(Json("{'data':{'deleteSecret':true}}"), Write(admin));
        Assert.Single(vault.Secrets);
    }
}
