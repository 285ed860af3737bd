using System.Diagnostics;
using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Subscriptions;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Events.Infrastructure;
using GraphApi.Tests.Subscriptions;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Events;

/// <summary>
/// A WebSocket lives as long as its token: when the token's exp passes the server closes the socket with 4403,
/// unless the client sent a fresh token of the same user in a ping before.
/// </summary>
public sealed class TokenLifetimeTests(EventsHostFixture fixture) : IClassFixture<EventsHostFixture>
{
    private const string Greetings = "subscription { greetings { message } }";

    private EventsHost Host => fixture.Host;

    /// <summary>A token of <paramref name="subject"/> that expires <paramref name="lifetime"/> from now (real time: the host's clock).</summary>
    private static Task<string> TokenAsync(TimeSpan lifetime, string subject = "1") =>
        HmacAsync(ValidClaims(new FakeClock(DateTimeOffset.UtcNow), subject)
            .With(("exp", DateTimeOffset.UtcNow.Add(lifetime).ToUnixTimeSeconds()), ("roles", "Customer")));

    private async Task<RawWebSocket> ConnectAsync(string token)
    {
        var socket = await RawWebSocket.ConnectAsync(Host.Host);
        await socket.SendAsync(JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } }));
        Assert.Equal("connection_ack", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        return socket;
    }

    private static Task PingAsync(RawWebSocket socket, object payload) =>
        socket.SendAsync(JsonSerializer.Serialize(new { type = "ping", payload }));

    private static async Task ExpectPongAsync(RawWebSocket socket)
    {
        var message = await socket.ReceiveAsync();
        while (message.GetProperty("type").GetString() == "ping")
        {
            message = await socket.ReceiveAsync();
        }

        Assert.Equal("pong", message.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_connection_is_closed_with_4403_when_its_token_expires()
    {
        using var socket = await ConnectAsync(await TokenAsync(TimeSpan.FromSeconds(3)));
        await socket.SubscribeAsync("g", Greetings);
        var watch = Stopwatch.StartNew();

        var (code, reason) = await socket.ReceiveCloseAsync();

        Assert.Equal((GraphQLWebSocketCloseCodes.Forbidden, "Authentication expired"), (code, reason));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task A_fresh_token_in_a_ping_keeps_the_connection_and_its_subscriptions_past_the_old_expiry()
    {
        using var socket = await ConnectAsync(await TokenAsync(TimeSpan.FromSeconds(3)));
        await socket.SubscribeAsync("g", Greetings);
        await Host.Host.WaitForGreetingSubscribersAsync(1);

        await PingAsync(socket, new { Authorization = "Bearer " + await TokenAsync(TimeSpan.FromMinutes(5)) });
        await ExpectPongAsync(socket);
        await Task.Delay(TimeSpan.FromSeconds(4));
        await Host.Host.SendGreetingAsync("still here");

        var next = await socket.ReceiveAsync();
        while (next.GetProperty("type").GetString() == "ping")
        {
            next = await socket.ReceiveAsync();
        }

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("still here", next.GetProperty("payload").GetProperty("data").GetProperty("greetings").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_token_of_another_user_in_a_ping_closes_the_connection()
    {
        using var socket = await ConnectAsync(await TokenAsync(TimeSpan.FromMinutes(5), subject: "1"));

        await PingAsync(socket, new { token = await TokenAsync(TimeSpan.FromMinutes(5), subject: "2") });

        Assert.Equal((GraphQLWebSocketCloseCodes.Forbidden, "The new token is for another user"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_invalid_token_in_a_ping_closes_the_connection_with_the_reason()
    {
        using var socket = await ConnectAsync(await TokenAsync(TimeSpan.FromMinutes(5)));
        var expired = await HmacAsync(ValidClaims(new FakeClock(DateTimeOffset.UtcNow.AddHours(-2))));

        await PingAsync(socket, new { Authorization = "Bearer " + expired });

        Assert.Equal((GraphQLWebSocketCloseCodes.Forbidden, "The token has expired."), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_ping_without_a_token_is_an_ordinary_ping()
    {
        using var socket = await ConnectAsync(await TokenAsync(TimeSpan.FromMinutes(5)));

        await PingAsync(socket, new { sentAt = 1 });

        await ExpectPongAsync(socket);
    }

    [Fact]
    public async Task An_anonymous_connection_never_expires_and_cannot_gain_a_user_by_ping()
    {
        using var socket = await RawWebSocket.ConnectAndInitAsync(Host.Host);

        await PingAsync(socket, new { token = await TokenAsync(TimeSpan.FromMinutes(5)) });

        Assert.Equal((GraphQLWebSocketCloseCodes.Forbidden, "The new token is for another user"), await socket.ReceiveCloseAsync());
    }
}
