using System.Net;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// Cross-site WebSocket hijacking: browsers apply no CORS to WebSockets but always send <c>Origin</c>, so the
/// handshake from a page of another site is refused (403) unless that origin is allowed.
/// </summary>
public class WebSocketOriginTests
{
    private const string Evil = "https://evil.example";
    private const string Nitro = "https://nitro.chillicream.com";

    [Fact]
    public async Task A_page_from_another_origin_is_refused_before_the_upgrade()
    {
        await using var host = SubscriptionHost.Start();

        Assert.Equal(HttpStatusCode.Forbidden, await RawWebSocket.RefusedHandshakeAsync(host, Evil));
        Assert.Equal(HttpStatusCode.Forbidden, await RawWebSocket.RefusedHandshakeAsync(host, "null"));
        Assert.Equal(HttpStatusCode.Forbidden, await RawWebSocket.RefusedHandshakeAsync(host, host.BaseUrl.GetLeftPart(UriPartial.Authority).Replace("http:", "https:")));
    }

    [Fact]
    public async Task A_page_from_the_endpoints_own_origin_may_connect()
    {
        await using var host = SubscriptionHost.Start();

        using var socket = await RawWebSocket.ConnectAsync(host, origin: host.BaseUrl.GetLeftPart(UriPartial.Authority));
        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Origins_allowed_by_cors_or_by_the_subscription_settings_may_connect()
    {
        await using var host = SubscriptionHost.Start(
            settings: [("GraphQL:Cors:AllowedOrigins:0", Nitro), ("GraphQL:Subscriptions:AllowedOrigins:0", "https://app.example:8443/")]);

        using var nitro = await RawWebSocket.ConnectAsync(host, origin: Nitro);
        using var app = await RawWebSocket.ConnectAsync(host, origin: "https://app.example:8443");

        Assert.Equal(RawWebSocket.Protocol, nitro.Socket.SubProtocol);
        Assert.Equal(RawWebSocket.Protocol, app.Socket.SubProtocol);
        Assert.Equal(HttpStatusCode.Forbidden, await RawWebSocket.RefusedHandshakeAsync(host, "https://app.example"));
        Assert.Equal(HttpStatusCode.Forbidden, await RawWebSocket.RefusedHandshakeAsync(host, Evil));
    }

    [Fact]
    public async Task A_star_allows_any_origin()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:AllowedOrigins:0", "*"));

        using var socket = await RawWebSocket.ConnectAsync(host, origin: Evil);

        Assert.Equal(RawWebSocket.Protocol, socket.Socket.SubProtocol);
    }
}
