using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>What an <see cref="ISubscriptionConnectionHandler"/> knows about a connection asking to be acknowledged.</summary>
public sealed class SubscriptionConnectionContext
{
    private const string BearerScheme = "Bearer";

    internal SubscriptionConnectionContext(HttpContext httpContext, JsonElement? payload)
    {
        HttpContext = httpContext;
        Payload = payload;
    }

    /// <summary>
    /// The WebSocket upgrade request: its headers, and its <see cref="HttpContext.User"/> as the application's
    /// authentication middleware saw it.
    /// </summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>payload</c> object of <c>connection_init</c> (the client's "connection params"), or null.</summary>
    public JsonElement? Payload { get; }

    /// <summary>
    /// The bearer token the client presents, from the first of: the payload's <c>Authorization</c> (or
    /// <c>authorization</c>) string, with or without the <c>Bearer </c> prefix; the payload's <c>token</c>
    /// string; the upgrade request's <c>Authorization: Bearer</c> header. Browsers cannot set headers on a
    /// WebSocket, so browser clients use the payload. Null when there is none.
    /// </summary>
    public string? FindBearerToken()
    {
        if (Payload is { ValueKind: JsonValueKind.Object } payload)
        {
            foreach (var name in (ReadOnlySpan<string>)["Authorization", "authorization", "token"])
            {
                if (payload.TryGetProperty(name, out var value)
                    && value.ValueKind == JsonValueKind.String
                    && WithoutScheme(value.GetString()!, schemeRequired: false) is { } token)
                {
                    return token;
                }
            }
        }

        return WithoutScheme(HttpContext.Request.Headers[HeaderNames.Authorization].ToString(), schemeRequired: true);
    }

    /// <summary>The token of <c>Bearer token</c> (the scheme in any letter case), or the value itself when the scheme is optional; null when empty.</summary>
    private static string? WithoutScheme(string value, bool schemeRequired)
    {
        var token = value.AsSpan().Trim();
        bool hasScheme = token.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase)
            && (token.Length == BearerScheme.Length || char.IsWhiteSpace(token[BearerScheme.Length]));
        if (hasScheme)
        {
            token = token[BearerScheme.Length..].Trim();
        }
        else if (schemeRequired)
        {
            return null;
        }

        return token.IsEmpty ? null : token.ToString();
    }
}
