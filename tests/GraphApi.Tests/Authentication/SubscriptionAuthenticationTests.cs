using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using GraphApi.Authentication;
using GraphApi.GraphQL.AspNetCore.Subscriptions;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>
/// graphql-transport-ws connections authenticate like HTTP requests, with the token of connection_init
/// (what browsers send) or of the upgrade request: valid runs as the user, invalid is refused, none is anonymous.
/// </summary>
public sealed class SubscriptionAuthenticationTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private SubscriptionHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SubscriptionHost.Start(
            services =>
            {
                services.AddSingleton(WhoAmI.Schema());
                services.AddSingleton<TimeProvider>(_clock);
            },
            ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<JsonElement> AskWhoAmIAsync(RawWebSocket socket)
    {
        await socket.SubscribeAsync("who", WhoAmI.Query);
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        return next.GetProperty("payload").GetProperty("data");
    }

    [Fact]
    public async Task A_token_in_connection_init_makes_the_operations_run_as_its_user()
    {
        string token = await HmacAsync(ValidClaims(_clock).With(("roles", new[] { "customer" })));
        using var socket = await RawWebSocket.ConnectAsync(_host);

        await socket.SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } }));

        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        var data = await AskWhoAmIAsync(socket);
        Assert.True(data.GetProperty("authenticated").GetBoolean());
        Assert.Equal("user-1", data.GetProperty("id").GetString());
        Assert.Equal(["customer"], BearerAssert.Roles(data));
    }

    [Fact]
    public async Task An_invalid_token_in_connection_init_closes_the_socket_with_the_reason()
    {
        string expired = await HmacAsync(ValidClaims(_clock).With(("exp", _clock.Seconds - 3600)));
        using var socket = await RawWebSocket.ConnectAsync(_host);

        await socket.SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { token = expired } }));

        Assert.Equal((GraphQLWebSocketCloseCodes.Forbidden, JwtFailure.Expired.Describe()), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_connection_without_a_token_is_anonymous()
    {
        using var socket = await RawWebSocket.ConnectAndInitAsync(_host);

        Assert.False((await AskWhoAmIAsync(socket)).GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task An_upgrade_request_with_an_invalid_token_is_refused_before_the_handshake()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.AddSubProtocol(RawWebSocket.Protocol);
        socket.Options.SetRequestHeader("Authorization", "Bearer " + await HmacAsync(ValidClaims(_clock).With(("aud", "another-api"))));
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(_host.WebSocketUrl, timeout.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
        Assert.Equal(
            $"Bearer error=\"invalid_token\", error_description=\"{JwtFailure.InvalidAudience.Describe()}\"",
            string.Join(", ", socket.HttpResponseHeaders!["WWW-Authenticate"]));
    }
}
