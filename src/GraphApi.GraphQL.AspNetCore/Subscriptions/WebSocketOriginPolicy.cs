using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Which pages may open a WebSocket to the endpoint: the endpoint's own origin, the origins of
/// <see cref="GraphQLSubscriptionOptions.AllowedOrigins"/> and of <see cref="GraphQLCorsOptions.AllowedOrigins"/>
/// (a site trusted to call the endpoint is trusted to subscribe), any with <c>*</c>. Browsers always send
/// <c>Origin</c> on a WebSocket handshake and apply no CORS to it, so this is the guard against cross-site
/// WebSocket hijacking; a request without <c>Origin</c> does not come from a browser page and is allowed.
/// </summary>
internal sealed class WebSocketOriginPolicy
{
    private readonly bool _allowAny;
    private readonly List<Uri> _allowed = [];

    public WebSocketOriginPolicy(GraphQLServerOptions options)
    {
        foreach (var origin in options.Subscriptions.AllowedOrigins.Concat(options.Cors.AllowedOrigins))
        {
            if (origin == "*")
            {
                _allowAny = true;
            }
            else if (Uri.TryCreate(origin, UriKind.Absolute, out var uri))
            {
                _allowed.Add(uri);
            }
        }
    }

    public bool IsAllowed(HttpRequest request, out string? origin)
    {
        origin = request.Headers[HeaderNames.Origin];
        if (string.IsNullOrEmpty(origin) || _allowAny)
        {
            return true;
        }

        // "null" (sandboxed frames, file: pages) and other values that are no URL match nothing.
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (IsSameOrigin(uri, request))
        {
            return true;
        }

        return _allowed.Exists(allowed => IsSameOrigin(uri, allowed));
    }

    /// <summary>The handshake is an HTTP request, so the page's origin has the request's scheme, host and port.</summary>
    private static bool IsSameOrigin(Uri origin, HttpRequest request) =>
        Uri.TryCreate(request.Scheme + "://" + request.Host.ToUriComponent(), UriKind.Absolute, out var own) && IsSameOrigin(origin, own);

    private static bool IsSameOrigin(Uri origin, Uri allowed) =>
        origin.Scheme.Equals(allowed.Scheme, StringComparison.OrdinalIgnoreCase)
        && origin.IdnHost.Equals(allowed.IdnHost, StringComparison.OrdinalIgnoreCase)
        && origin.Port == allowed.Port;
}
