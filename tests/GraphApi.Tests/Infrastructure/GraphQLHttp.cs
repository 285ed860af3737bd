using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Infrastructure;

/// <summary>A response as the tests look at it: status, media type, headers and the body parsed as JSON when it is JSON.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string? Charset, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The messages of the response's errors.</summary>
    public IReadOnlyList<string> ErrorMessages =>
        Json.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList() : [];

    public string? FirstErrorCode =>
        Json.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("code").GetString() : null;

    public bool HasData => Json.TryGetProperty("data", out _);
}

/// <summary>Sends GraphQL-over-HTTP requests the way the tests need them, down to raw bodies and headers.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>POSTs <paramref name="body"/> as is, with the given Content-Type (none when null) and Accept (none when null).</summary>
    public static Task<GraphQLHttpResponse> PostAsync(HttpClient client, string body, string? contentType = Json, string? accept = GraphQLResponseJson, string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return SendAsync(client, request, accept);
    }

    /// <summary>POSTs a request object serialized as JSON.</summary>
    public static Task<GraphQLHttpResponse> PostQueryAsync(HttpClient client, string query, object? variables = null, string? operationName = null, string? accept = GraphQLResponseJson) =>
        PostAsync(client, JsonSerializer.Serialize(new { query, variables, operationName }), Json, accept);

    /// <summary>GETs <c>/graphql</c> with the given query-string parameters, URL-encoded.</summary>
    public static Task<GraphQLHttpResponse> GetAsync(HttpClient client, string? accept, params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        return SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query), accept);
    }

    public static async Task<GraphQLHttpResponse> SendAsync(HttpClient client, HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLHttpResponse(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentType?.CharSet,
            response.Headers,
            response.Content.Headers,
            body);
    }
}
