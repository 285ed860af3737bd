using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// A bare <see cref="ClientWebSocket"/> for the cases a protocol-abiding client never produces: it sends any
/// text, reads the server's messages as JSON and reports how the server closed the socket.
/// </summary>
public sealed class RawWebSocket : IDisposable
{
    public const string Protocol = "graphql-transport-ws";

    private readonly byte[] _buffer = new byte[64 * 1024];

    private RawWebSocket(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    /// <summary>Connects offering <paramref name="subProtocols"/> (graphql-transport-ws when none are given), with an <c>Origin</c> header when given.</summary>
    public static async Task<RawWebSocket> ConnectAsync(SubscriptionHost host, string? origin = null, params string[] subProtocols)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        foreach (var protocol in subProtocols.Length == 0 ? [Protocol] : subProtocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }

        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        await socket.ConnectAsync(host.WebSocketUrl, timeout.Token);
        return new RawWebSocket(socket);
    }

    /// <summary>Connects offering no subprotocol at all.</summary>
    public static async Task<RawWebSocket> ConnectWithoutSubprotocolAsync(SubscriptionHost host)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        await socket.ConnectAsync(host.WebSocketUrl, timeout.Token);
        return new RawWebSocket(socket);
    }

    /// <summary>The status code of a handshake the server refused.</summary>
    public static async Task<HttpStatusCode> RefusedHandshakeAsync(SubscriptionHost host, string origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.AddSubProtocol(Protocol);
        socket.Options.SetRequestHeader("Origin", origin);
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(host.WebSocketUrl, timeout.Token));
        return socket.HttpStatusCode;
    }

    /// <summary>Connects and has the connection acknowledged.</summary>
    public static async Task<RawWebSocket> ConnectAndInitAsync(SubscriptionHost host)
    {
        var socket = await ConnectAsync(host);
        await socket.SendAsync("""{"type":"connection_init"}""");
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return socket;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    /// <summary>The next message from the server; fails if the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var text = await ReceiveTextAsync();
        Assert.True(text is not null, $"The server closed the socket with {(int?)Socket.CloseStatus} \"{Socket.CloseStatusDescription}\" instead of sending a message.");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Reads until the server's close frame, skipping messages, and returns its code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        while (await ReceiveTextAsync() is not null)
        {
        }

        // Completes the closing handshake, as a well-behaved client would.
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        return ((int)Socket.CloseStatus!.Value, Socket.CloseStatusDescription);
    }

    public void Dispose() => Socket.Dispose();

    private async Task<string?> ReceiveTextAsync()
    {
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        using var message = new MemoryStream();
        while (true)
        {
            var received = await Socket.ReceiveAsync(_buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(_buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
