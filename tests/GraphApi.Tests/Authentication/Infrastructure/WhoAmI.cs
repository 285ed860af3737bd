using System.Security.Claims;
using System.Text;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Authentication.Infrastructure;

/// <summary>A schema that tells the client who the server thinks it is, and the requests that ask.</summary>
public static class WhoAmI
{
    public const string Query = "{ authenticated id name email roles }";

    public static ExecutableSchema Schema() =>
        new ExecutableSchemaBuilder(SchemaBuilder.Build("type Query { authenticated: Boolean! id: String name: String email: String roles: [String!]! }"))
            .Resolve("Query", "authenticated", context => context.User.Identity?.IsAuthenticated == true)
            .Resolve("Query", "id", context => context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value)
            .Resolve("Query", "name", context => context.User.Identity?.Name)
            .Resolve("Query", "email", context => context.User.FindFirst(ClaimTypes.Email)?.Value)
            .Resolve("Query", "roles", context => context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList())
            .Build();

    /// <summary>POSTs the query to <c>/graphql</c> with <c>Authorization: Bearer token</c>.</summary>
    public static Task<GraphQLHttpResponse> AskWithTokenAsync(HttpClient client, string token) => AskAsync(client, "Bearer " + token);

    /// <summary>POSTs the query to <paramref name="path"/> with these Authorization header values (none when empty).</summary>
    public static Task<GraphQLHttpResponse> AskAsync(HttpClient client, params string[] authorization) => AskAsync(client, "/graphql", authorization);

    public static Task<GraphQLHttpResponse> AskAsync(HttpClient client, string path, string[] authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent($$"""{"query":"{{Query}}"}""", Encoding.UTF8, GraphQLHttp.Json),
        };
        foreach (string value in authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", value);
        }

        return GraphQLHttp.SendAsync(client, request, GraphQLHttp.GraphQLResponseJson);
    }
}
