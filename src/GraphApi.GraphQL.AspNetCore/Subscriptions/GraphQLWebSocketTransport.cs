using System.Net.WebSockets;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Accepts WebSocket requests at the endpoint for graphql-transport-ws (/work/shared/specs/graphql-ws-protocol.md):
/// refuses origins the <see cref="WebSocketOriginPolicy"/> does not allow (403, before the upgrade), closes
/// sockets that do not speak the subprotocol (4406) and runs a <see cref="GraphQLWebSocketSession"/> for the
/// others. One instance serves every request.
/// </summary>
internal sealed class GraphQLWebSocketTransport(
    RequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketTransport> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly WebSocketOriginPolicy _origins = new(options.Value);

    public async Task HandleAsync(HttpContext http)
    {
        if (!_origins.IsAllowed(http.Request, out var origin))
        {
            logger.LogWarning("Refused a GraphQL WebSocket opened by a page from {Origin}, an origin that is not allowed.", origin);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                "Pages from this origin may not open GraphQL WebSockets here: allow it with GraphQL:Subscriptions:AllowedOrigins or GraphQL:Cors:AllowedOrigins.",
                http.RequestAborted);
            return;
        }

        bool offered = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null);
        if (!offered)
        {
            await RefuseSubprotocolAsync(socket, http.RequestAborted);
            return;
        }

        var settings = options.Value;
        var session = new GraphQLWebSocketSession(
            http,
            socket,
            executor,
            settings.Subscriptions,
            settings.IncludeExceptionDetails == true,
            lifetime.ApplicationStopping,
            logger);
        await session.RunAsync();
    }

    /// <summary>
    /// The handshake has no way to say "wrong subprotocol" (RFC 6455 §4.2.2: the server just selects none),
    /// so, like the protocol's reference server, the socket is accepted without one and closed with 4406.
    /// Clients that offered other subprotocols usually fail the handshake themselves on seeing none selected.
    /// </summary>
    private static async Task RefuseSubprotocolAsync(WebSocket socket, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(GraphQLWebSocketSession.CloseTimeout);
        try
        {
            await socket.CloseAsync(
                GraphQLWebSocketCloseCodes.Status(GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable),
                "Subprotocol not acceptable",
                timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }
}
