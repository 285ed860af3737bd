using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Ide;

/// <summary>The HTML page that loads the bundled GraphiQL (see Ide/client/index.jsx for the script side).</summary>
internal static class GraphiQLPage
{
    /// <summary>
    /// Only this server's own files run in the page: scripts, styles and workers come from 'self', the
    /// editor's fonts and icons (and the page's empty favicon) are data URIs, requests go back to the
    /// endpoint (HTTP and WebSocket).
    /// Monaco sets inline styles, hence 'unsafe-inline' for styles only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "font-src 'self' data:; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>The page for a request to the GraphQL endpoint at <paramref name="requestPath"/>.</summary>
    public static string Render(GraphiQLOptions options, PathString requestPath, string assetVersion)
    {
        var assets = AssetPrefix(requestPath);
        var version = Uri.EscapeDataString(assetVersion);
        var title = HtmlEncoder.Default.Encode(options.Title);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{assets}graphiql.css?v={version}">
            <script type="module" src="{assets}graphiql.js?v={version}"></script>
            </head>
            <body style="margin:0">
            <div id="graphiql" style="height:100vh"></div>
            <script id="graphiql-settings" type="application/json">{Settings(options)}</script>
            </body>
            </html>

            """;
    }

    /// <summary>
    /// Where the assets are relative to the page, so that the page works wherever the endpoint ends up
    /// (a path base, a proxy's prefix): <c>/api/graphql</c> → <c>graphql/ide/</c>, <c>/api/graphql/</c> → <c>ide/</c>.
    /// </summary>
    internal static string AssetPrefix(PathString requestPath)
    {
        var path = requestPath.ToUriComponent();
        if (path.Length == 0 || path[^1] == '/')
        {
            return "ide/";
        }

        return path[(path.LastIndexOf('/') + 1)..] + "/ide/";
    }

    // The default encoder escapes <, >, & and quotes, so no value can close the <script> element.
    private static string Settings(GraphiQLOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (options.DefaultQuery is not null)
            {
                json.WriteString("defaultQuery", options.DefaultQuery);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
