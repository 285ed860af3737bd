using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves GraphiQL at the GraphQL endpoint's own path: a browser's GET of the endpoint gets the IDE page,
/// and <c>{endpoint}/ide/{file}</c> the bundle's files. Every other request goes on to the endpoint.
/// Added by <see cref="GraphiQLApplicationBuilderExtensions.UseGraphiQL"/>.
/// </summary>
public sealed class GraphiQLMiddleware
{
    private const string ImmutableCaching = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    private static readonly string[] ResponseMediaTypes = [GraphQLMediaTypes.GraphQLResponseJson, GraphQLMediaTypes.Json];

    private readonly RequestDelegate _next;
    private readonly PathString _endpointPath;
    private readonly GraphiQLOptions _options;
    private readonly GraphiQLAssets _assets;

    public GraphiQLMiddleware(RequestDelegate next, PathString endpointPath, GraphiQLOptions options)
    {
        _next = next;
        // "/graphql/" and "/graphql" name the same endpoint; "/" is the whole site.
        _endpointPath = endpointPath.Value?.TrimEnd('/') is { Length: > 0 } trimmed ? new PathString(trimmed) : PathString.Empty;
        _options = options;
        _assets = GraphiQLAssets.Instance;
    }

    /// <summary>
    /// Whether a request to the GraphQL endpoint is a browser asking for a page rather than a GraphQL client:
    /// a GET or HEAD without a <c>query</c> parameter whose <c>Accept</c> ranks <c>text/html</c> above the
    /// GraphQL response types (or equal and listed first, as browsers list it). A GET that carries a query is
    /// a GraphQL request whatever it accepts, and the endpoint answers it.
    /// </summary>
    public static bool IsIdeRequest(HttpRequest request)
    {
        if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) || request.Query.ContainsKey("query"))
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        var html = -1;
        for (var i = 0; i < accept.Count; i++)
        {
            if (accept[i].MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = i;
                break;
            }
        }

        if (html < 0 || Quality(accept[html]) <= 0)
        {
            return false;
        }

        for (var i = 0; i < accept.Count; i++)
        {
            var graphQL = ResponseMediaTypes.Any(t => accept[i].MediaType.Equals(t, StringComparison.OrdinalIgnoreCase));
            if (graphQL && (Quality(accept[i]) > Quality(accept[html]) || (Quality(accept[i]) == Quality(accept[html]) && i < html)))
            {
                return false;
            }
        }

        return true;
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(_endpointPath, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return _next(context);
        }

        if ((!rest.HasValue || rest.Value == "/") && IsIdeRequest(context.Request))
        {
            return WritePageAsync(context);
        }

        return rest.StartsWithSegments("/ide", StringComparison.OrdinalIgnoreCase, out var file)
            ? WriteAssetAsync(context, file.Value?.TrimStart('/') ?? "")
            : _next(context);
    }

    private Task WritePageAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = Revalidate;
        response.Headers.ContentSecurityPolicy = GraphiQLPage.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = HeaderNames.Accept;
        var page = GraphiQLPage.Render(_options, context.Request.Path, _assets.Version);
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(page, context.RequestAborted);
    }

    private async Task WriteAssetAsync(HttpContext context, string fileName)
    {
        var request = context.Request;
        var response = context.Response;
        var asset = _assets.Find(fileName);
        if (asset is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        // Addresses carrying the current bundle version never change content; others are checked each time.
        var headers = response.GetTypedHeaders();
        headers.ETag = asset.ETag;
        response.Headers.CacheControl = request.Query["v"] == _assets.Version ? ImmutableCaching : Revalidate;
        response.Headers.XContentTypeOptions = "nosniff";
        if (request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(asset.ETag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await using var content = _assets.Open(asset);
        await content.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static double Quality(MediaTypeHeaderValue mediaType) => mediaType.Quality ?? 1.0;
}
