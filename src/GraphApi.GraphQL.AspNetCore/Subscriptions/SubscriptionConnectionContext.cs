using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// What an <see cref="ISubscriptionConnectionHandler"/> knows about a connection asking to be acknowledged, or
/// to renew its credentials.
/// </summary>
public sealed class SubscriptionConnectionContext
{
    private const string BearerScheme = "Bearer";

    internal SubscriptionConnectionContext(HttpContext httpContext, JsonElement? payload, ClaimsPrincipal? connectionUser = null)
    {
        HttpContext = httpContext;
        Payload = payload;
        User = connectionUser ?? httpContext.User;
        IsReauthentication = connectionUser is not null;
    }

    /// <summary>
    /// The WebSocket upgrade request: its headers, and its <see cref="HttpContext.User"/> as the application's
    /// authentication middleware saw it.
    /// </summary>
    public HttpContext HttpContext { get; }

    /// <summary>
    /// The <c>payload</c> object of <c>connection_init</c> (the client's "connection params"), or of the
    /// <c>ping</c> that re-authenticates; null when there is none.
    /// </summary>
    public JsonElement? Payload { get; }

    /// <summary>
    /// Whether the connection is already acknowledged and the client sent new credentials in a <c>ping</c>
    /// (see <see cref="ISubscriptionConnectionHandler.OnReauthenticateAsync"/>).
    /// </summary>
    public bool IsReauthentication { get; }

    /// <summary>The connection's user: the upgrade request's, or when re-authenticating the one the connection runs as.</summary>
    public ClaimsPrincipal User { get; }

    /// <summary>
    /// The bearer token the client presents, from the first of: the payload's <c>Authorization</c> (or
    /// <c>authorization</c>) string, with or without the <c>Bearer </c> prefix; the payload's <c>token</c>
    /// string; the upgrade request's <c>Authorization: Bearer</c> header, except when re-authenticating (that
    /// token is the old one). Browsers cannot set headers on a WebSocket, so browser clients use the payload.
    /// Null when there is none.
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

        return IsReauthentication ? null : WithoutScheme(HttpContext.Request.Headers[HeaderNames.Authorization].ToString(), schemeRequired: true);
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
