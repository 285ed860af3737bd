using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// graphql-transport-ws as the npm <c>graphql-ws</c> client speaks it (<c>tests/js/ws-client.mjs</c>), against
/// the host on Kestrel: subscriptions, queries and mutations, errors, completion from either side, pings
/// both ways and the connection handler.
/// </summary>
public class GraphQLWsClientTests
{
    private static async Task<NodeClient> ConnectAsync(SubscriptionHost host, object? connectionParams = null, int keepAlive = 0)
    {
        var client = await NodeClient.StartAsync("ws-client.mjs", host.WebSocketUrl.ToString());
        await client.SendAsync(new { cmd = "connect", connectionParams, keepAlive });
        return client;
    }

    private static SubscriptionHost StartStreaming(StreamProbe probe, Action<IServiceCollection>? more = null, params (string, string)[] settings) =>
        SubscriptionHost.Start(
            services =>
            {
                services.AddSingleton(StreamingSchema.Build(probe));
                more?.Invoke(services);
            },
            settings);

    private static JsonElement Data(JsonElement next) => next.GetProperty("payload").GetProperty("data");

    [Fact]
    public async Task A_subscription_gets_each_greeting_sent_until_the_client_completes_it()
    {
        await using var host = SubscriptionHost.Start();
        await using var client = await ConnectAsync(host);
        await client.TakeAsync("connected");

        await client.SendAsync(new { cmd = "subscribe", id = "g", query = "subscription { greetings { message } }" });
        await host.WaitForGreetingSubscribersAsync(1);
        await host.SendGreetingAsync("first");
        await host.SendGreetingAsync("second");

        Assert.Equal("first", Data(await client.TakeAsync("next", "g")).GetProperty("greetings").GetProperty("message").GetString());
        Assert.Equal("second", Data(await client.TakeAsync("next", "g")).GetProperty("greetings").GetProperty("message").GetString());

        // The client's complete reaches the server, which disposes the source stream.
        await client.SendAsync(new { cmd = "unsubscribe", id = "g" });
        await host.WaitForGreetingSubscribersAsync(0);
    }

    [Fact]
    public async Task The_server_completes_a_subscription_whose_source_ends()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        await using var client = await ConnectAsync(host);

        await client.SendAsync(new { cmd = "subscribe", id = "c", query = "subscription { countdown(from: 3) }" });

        foreach (int expected in new[] { 3, 2, 1 })
        {
            Assert.Equal(expected, Data(await client.TakeAsync("next", "c")).GetProperty("countdown").GetInt32());
        }

        await client.TakeAsync("complete", "c");
        Assert.False(client.Has("next", "c"));
        await Eventually.TrueAsync(() => probe.Open == 0, "the source stream to be disposed");
    }

    [Fact]
    public async Task Queries_and_mutations_get_one_result_then_complete()
    {
        await using var host = SubscriptionHost.Start();
        await using var client = await ConnectAsync(host);

        await client.SendAsync(new { cmd = "subscribe", id = "q", query = "{ hello }" });
        await client.SendAsync(new { cmd = "subscribe", id = "m", query = "mutation ($m: String!) { sendGreeting(message: $m) { message } }", variables = new { m = "over ws" } });

        Assert.Equal("Hello, world!", Data(await client.TakeAsync("next", "q")).GetProperty("hello").GetString());
        await client.TakeAsync("complete", "q");
        Assert.Equal("over ws", Data(await client.TakeAsync("next", "m")).GetProperty("sendGreeting").GetProperty("message").GetString());
        await client.TakeAsync("complete", "m");
    }

    [Fact]
    public async Task Several_operations_share_one_connection()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        await using var client = await ConnectAsync(host);

        await client.SendAsync(new { cmd = "subscribe", id = "long", query = "subscription { countdown(from: 5) }" });
        await client.SendAsync(new { cmd = "subscribe", id = "short", query = "subscription { countdown(from: 2) }" });
        await client.SendAsync(new { cmd = "subscribe", id = "query", query = "{ hello }" });

        Assert.Equal(new[] { 5, 4, 3, 2, 1 }, await CountdownAsync(client, "long"));
        Assert.Equal(new[] { 2, 1 }, await CountdownAsync(client, "short"));
        Assert.Equal("hi", Data(await client.TakeAsync("next", "query")).GetProperty("hello").GetString());
        await client.TakeAsync("complete", "query");
    }

    /// <summary>The values of a countdown subscription, up to its completion.</summary>
    private static async Task<int[]> CountdownAsync(NodeClient client, string id)
    {
        await client.TakeAsync("complete", id);
        var values = new List<int>();
        while (client.Has("next", id))
        {
            values.Add(Data(await client.TakeAsync("next", id)).GetProperty("countdown").GetInt32());
        }

        return [.. values];
    }

    [Fact]
    public async Task Errors_before_execution_come_as_an_error_message_with_graphql_errors()
    {
        await using var host = SubscriptionHost.Start();
        await using var client = await ConnectAsync(host);

        await client.SendAsync(new { cmd = "subscribe", id = "invalid", query = "{ missing }" });
        await client.SendAsync(new { cmd = "subscribe", id = "variables", query = "query ($m: String!) { echo(message: $m) }" });

        var invalid = Assert.Single((await client.TakeAsync("error", "invalid")).GetProperty("error").EnumerateArray());
        Assert.Equal("Cannot query field \"missing\" on type \"Query\".", invalid.GetProperty("message").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", invalid.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, invalid.GetProperty("locations")[0].GetProperty("line").GetInt32());

        var variables = Assert.Single((await client.TakeAsync("error", "variables")).GetProperty("error").EnumerateArray());
        Assert.Contains("$m", variables.GetProperty("message").GetString());
        Assert.False(client.Has("next"));
    }

    [Fact]
    public async Task A_source_that_cannot_start_or_fails_midway_ends_with_an_error_message()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        await using var client = await ConnectAsync(host);

        await client.SendAsync(new { cmd = "subscribe", id = "unavailable", query = "subscription { unavailable }" });
        await client.SendAsync(new { cmd = "subscribe", id = "failing", query = "subscription { failAfter(events: 2) }" });

        var unavailable = Assert.Single((await client.TakeAsync("error", "unavailable")).GetProperty("error").EnumerateArray());
        Assert.Equal("The source is unavailable.", unavailable.GetProperty("message").GetString());
        Assert.Equal("UNAVAILABLE", unavailable.GetProperty("extensions").GetProperty("code").GetString());

        Assert.Equal(1, Data(await client.TakeAsync("next", "failing")).GetProperty("failAfter").GetInt32());
        Assert.Equal(2, Data(await client.TakeAsync("next", "failing")).GetProperty("failAfter").GetInt32());
        var broken = Assert.Single((await client.TakeAsync("error", "failing")).GetProperty("error").EnumerateArray());
        Assert.Equal("The source broke down.", broken.GetProperty("message").GetString());
        Assert.Equal("SOURCE_BROKEN", broken.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(client.Has("complete", "failing"));
        await Eventually.TrueAsync(() => probe.Open == 0, "the failed source to be disposed");
    }

    [Fact]
    public async Task The_connection_handler_accepts_a_token_from_connection_params_and_operations_run_as_its_user()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe, services => services.AddSingleton<ISubscriptionConnectionHandler, FakeTokenConnectionHandler>());
        await using var client = await ConnectAsync(host, new { Authorization = "Bearer " + FakeTokenConnectionHandler.ValidToken });

        var connected = await client.TakeAsync("connected");
        await client.SendAsync(new { cmd = "subscribe", id = "who", query = "{ whoami }" });

        Assert.Equal("ada", connected.GetProperty("payload").GetProperty("user").GetString());
        Assert.Equal("ada", Data(await client.TakeAsync("next", "who")).GetProperty("whoami").GetString());
    }

    [Fact]
    public async Task The_connection_handler_rejecting_closes_the_socket_with_4403()
    {
        await using var host = SubscriptionHost.Start(services => services.AddSingleton<ISubscriptionConnectionHandler, FakeTokenConnectionHandler>());
        await using var client = await ConnectAsync(host, new { token = "forged" });

        var closed = await client.TakeAsync("closed");

        Assert.Equal(GraphQLWebSocketCloseCodes.Forbidden, closed.GetProperty("code").GetInt32());
        Assert.Equal("Forbidden", closed.GetProperty("reason").GetString());
        Assert.False(client.Has("connected"));
    }

    [Fact]
    public async Task Without_a_connection_handler_operations_run_as_the_upgrade_requests_user()
    {
        var probe = new StreamProbe();

        // The host's authentication feature registers one; the transport's default is what is tested here.
        await using var host = StartStreaming(probe, services => services.RemoveAll<ISubscriptionConnectionHandler>());
        await using var client = await ConnectAsync(host, new { token = "ignored" });

        await client.SendAsync(new { cmd = "subscribe", id = "who", query = "{ whoami }" });

        Assert.Equal(JsonValueKind.Null, (await client.TakeAsync("connected")).GetProperty("payload").ValueKind);
        Assert.Equal(JsonValueKind.Null, Data(await client.TakeAsync("next", "who")).GetProperty("whoami").ValueKind);
    }

    [Fact]
    public async Task The_clients_pings_get_pongs()
    {
        await using var host = SubscriptionHost.Start();
        await using var client = await ConnectAsync(host, keepAlive: 100);

        var pong = await client.TakeAsync("pong");

        Assert.True(pong.GetProperty("received").GetBoolean());
    }

    [Fact]
    public async Task The_server_pings_an_acknowledged_connection_and_the_client_answers()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:KeepAliveInterval", "00:00:00.200"));
        await using var client = await ConnectAsync(host);

        await client.TakeAsync("connected");
        var ping = await client.TakeAsync("ping");
        var pong = await client.TakeAsync("pong");

        Assert.True(ping.GetProperty("received").GetBoolean());
        Assert.False(pong.GetProperty("received").GetBoolean());
    }

    [Fact]
    public async Task Disposing_the_client_closes_with_1000_and_disposes_its_streams()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        await using var client = await ConnectAsync(host);
        await client.SendAsync(new { cmd = "subscribe", id = "f", query = "subscription { forever }" });
        await client.TakeAsync("next", "f");

        await client.SendAsync(new { cmd = "dispose" });

        Assert.Equal(GraphQLWebSocketCloseCodes.NormalClosure, (await client.TakeAsync("closed")).GetProperty("code").GetInt32());
        await Eventually.TrueAsync(() => probe.Open == 0, "the source stream to be disposed");
    }
}
