using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Subscriptions;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// What graphql-transport-ws does with clients that break its rules, seen from a raw
/// <see cref="ClientWebSocket"/>: each close code the protocol defines, the normal closure, the message size
/// limit, and the operations of a socket that goes away.
/// </summary>
public class WebSocketCloseCodeTests
{
    private static SubscriptionHost StartStreaming(StreamProbe probe, params (string, string)[] settings) =>
        SubscriptionHost.Start(services => services.AddSingleton(StreamingSchema.Build(probe)), settings);

    [Theory]
    [InlineData("not json", "Invalid message: not JSON")]
    [InlineData("[1]", "Invalid message: an array, not an object")]
    [InlineData("""{"id":"1"}""", "Invalid message: no \"type\" string")]
    [InlineData("""{"type":42}""", "Invalid message: no \"type\" string")]
    [InlineData("""{"type":"start","id":"1"}""", "Invalid message type \"start\"")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Invalid message: \"next\" goes from server to client")]
    [InlineData("""{"type":"connection_ack"}""", "Invalid message: \"connection_ack\" goes from server to client")]
    [InlineData("""{"type":"ping","payload":[1]}""", "Invalid message: the \"ping\" payload must be an object")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "Invalid message: \"subscribe\" needs a non-empty \"id\" string")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "Invalid message: \"subscribe\" needs a non-empty \"id\" string")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "Invalid message: \"subscribe\" needs a \"payload\" object")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":null}}""", "Invalid message: the \"subscribe\" payload needs a \"query\" string")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""", "Invalid message: \"variables\" must be an object")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","operationName":1}}""", "Invalid message: \"operationName\" must be a string")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","extensions":"x"}}""", "Invalid message: \"extensions\" must be an object")]
    [InlineData("""{"type":"complete"}""", "Invalid message: \"complete\" needs a non-empty \"id\" string")]
    public async Task An_invalid_message_closes_the_socket_with_4400(string message, string reason)
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await socket.SendAsync(message);

        Assert.Equal((GraphQLWebSocketCloseCodes.BadRequest, reason), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_close_reason_too_long_for_a_close_frame_is_cut_short()
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await socket.SendAsync("""{"type":"é""" + new string('x', 200) + "\"}");

        var (code, reason) = await socket.ReceiveCloseAsync();
        Assert.Equal(GraphQLWebSocketCloseCodes.BadRequest, code);
        Assert.StartsWith("Invalid message type \"éxxx", reason);
        Assert.EndsWith("...", reason);
        Assert.Equal(123, Encoding.UTF8.GetByteCount(reason!));
    }

    [Fact]
    public async Task Subscribe_before_the_connection_is_acknowledged_closes_with_4401()
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAsync(host);

        await socket.SubscribeAsync("1", "{ hello }");

        Assert.Equal((GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_while_the_connection_handler_still_decides_closes_with_4401()
    {
        var decision = new TaskCompletionSource<SubscriptionConnectionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = SubscriptionHost.Start(services => services.AddSingleton<ISubscriptionConnectionHandler>(new DecidingHandler(decision.Task)));
        using var socket = await RawWebSocket.ConnectAsync(host);

        await socket.SendAsync("""{"type":"connection_init"}""");
        await socket.SendAsync("""{"type":"ping"}""");
        var pong = await socket.ReceiveAsync();
        await socket.SubscribeAsync("1", "{ hello }");

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal((GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized"), await socket.ReceiveCloseAsync());
        decision.SetResult(SubscriptionConnectionResult.Accept());
    }

    [Fact]
    public async Task A_connection_handler_that_throws_closes_with_4500()
    {
        var decision = Task.FromException<SubscriptionConnectionResult>(new InvalidOperationException("The key store is down."));
        await using var host = SubscriptionHost.Start(services => services.AddSingleton<ISubscriptionConnectionHandler>(new DecidingHandler(decision)));
        using var socket = await RawWebSocket.ConnectAsync(host);

        await socket.SendAsync("""{"type":"connection_init"}""");

        // The test host runs in Development, where exception details are shown.
        Assert.Equal(
            (GraphQLWebSocketCloseCodes.InternalServerError, "InvalidOperationException: The key store is down."),
            await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_socket_without_the_subprotocol_is_closed_with_4406()
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectWithoutSubprotocolAsync(host);

        Assert.Null(socket.Socket.SubProtocol);
        Assert.Equal((GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_socket_offering_only_another_subprotocol_gets_none_and_is_closed_with_4406()
    {
        await using var host = SubscriptionHost.Start();

        // The legacy subscriptions-transport-ws protocol. Browsers fail a handshake that selects none of the
        // subprotocols they offered; ClientWebSocket lets it through and sees the close code.
        using var socket = await RawWebSocket.ConnectAsync(host, origin: null, "graphql-ws");

        Assert.Null(socket.Socket.SubProtocol);
        Assert.Equal((GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Among_several_subprotocols_graphql_transport_ws_is_selected()
    {
        await using var host = SubscriptionHost.Start();

        using var socket = await RawWebSocket.ConnectAsync(host, origin: null, "graphql-ws", RawWebSocket.Protocol);

        Assert.Equal(RawWebSocket.Protocol, socket.Socket.SubProtocol);
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:ConnectionInitTimeout", "00:00:00.300"));
        using var socket = await RawWebSocket.ConnectAsync(host);

        Assert.Equal((GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_connection_initialised_in_time_outlives_the_timeout()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:ConnectionInitTimeout", "00:00:00.300"));
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await Task.Delay(600);
        await socket.SendAsync("""{"type":"ping","payload":{"n":1}}""");

        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("same", "subscription { forever }");
        await socket.ReceiveAsync();
        await socket.SubscribeAsync("same", "{ hello }");

        Assert.Equal((GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, "Subscriber for same already exists"), await socket.ReceiveCloseAsync());
        await Eventually.TrueAsync(() => probe.Open == 0, "the running stream to be disposed");
    }

    [Fact]
    public async Task The_id_of_a_completed_operation_can_be_used_again()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        foreach (var query in new[] { "subscription { countdown(from: 1) }", "{ hello }" })
        {
            await socket.SubscribeAsync("again", query);
            Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
            Assert.Equal("""{"id":"again","type":"complete"}""", (await socket.ReceiveAsync()).GetRawText());
        }
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:MaxMessageBytes", "1000"));
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("1", "{ hello " + new string(' ', 1000) + "}");

        Assert.Equal((GraphQLWebSocketCloseCodes.MessageTooBig, "Message too big: the limit is 1000 bytes"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_at_the_size_limit_is_read()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:MaxMessageBytes", "1000"));
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        string message = """{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""";

        await socket.SendAsync(message.Replace("{ hello }", "{ hello" + new string(' ', 1000 - message.Length) + "}"));

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"hello":"Hello, world!"}}}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task A_message_sent_in_several_frames_is_read_whole()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:MaxMessageBytes", "5000"));
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        var message = Encoding.UTF8.GetBytes("""{"id":"1","type":"subscribe","payload":{"query":"{ hello """ + new string(' ', 4500) + """}"}}""");

        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        for (int start = 0; start < message.Length; start += 2000)
        {
            int length = Math.Min(2000, message.Length - start);
            await socket.Socket.SendAsync(message.AsMemory(start, length), WebSocketMessageType.Text, start + length == message.Length, timeout.Token);
        }

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"hello":"Hello, world!"}}}""", (await socket.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task The_clients_normal_closure_is_answered_with_1000_and_ends_its_operations()
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("g", "subscription { greetings { message } }");
        await host.WaitForGreetingSubscribersAsync(1);

        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        await socket.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        Assert.Equal(WebSocketState.Closed, socket.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.Socket.CloseStatus);
        await host.WaitForGreetingSubscribersAsync(0);
    }

    [Fact]
    public async Task Stopping_the_server_closes_its_sockets_with_1001()
    {
        // Disposed here to stop it, and again (doing nothing) at the end should the test fail before.
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("g", "subscription { greetings { message } }");
        await host.WaitForGreetingSubscribersAsync(1);

        var stopping = host.DisposeAsync().AsTask();

        Assert.Equal((GraphQLWebSocketCloseCodes.GoingAway, "Server shutting down"), await socket.ReceiveCloseAsync());
        await stopping.WaitAsync(SubscriptionHost.Patience);
    }

    [Fact]
    public async Task A_dropped_socket_disposes_its_source_streams()
    {
        await using var host = SubscriptionHost.Start();
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("a", "subscription { greetings { message } }");
        await socket.SubscribeAsync("b", "subscription { greetings { sentAt } }");
        await host.WaitForGreetingSubscribersAsync(2);

        socket.Socket.Abort();

        await host.WaitForGreetingSubscribersAsync(0);
    }

    [Fact]
    public async Task The_clients_complete_disposes_the_source_stream_and_unknown_ids_are_ignored()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("f", "subscription { forever }");
        await socket.ReceiveAsync();

        await socket.SendAsync("""{"id":"f","type":"complete"}""");
        await socket.SendAsync("""{"id":"never-used","type":"complete"}""");
        await Eventually.TrueAsync(() => probe.Open == 0, "the source stream to be disposed");
        await socket.SubscribeAsync("q", "{ hello }");

        // Results of "f" may still be in flight; after them comes the query's, and the socket stays open.
        while ((await socket.ReceiveAsync()).GetProperty("id").GetString() == "f")
        {
        }

        Assert.Equal(WebSocketState.Open, socket.Socket.State);
    }

    [Fact]
    public async Task Operations_beyond_the_per_connection_limit_get_an_error_and_the_connection_stays()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe, ("GraphQL:Subscriptions:MaxSubscriptionsPerConnection", "2"));
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);
        await socket.SubscribeAsync("a", "subscription { countdown(from: 1000000) }");
        await socket.SubscribeAsync("b", "subscription { forever }");

        await socket.SubscribeAsync("c", "{ hello }");

        var error = await TakeAsync(socket, "c");
        Assert.Equal("error", error.GetProperty("type").GetString());
        var payload = Assert.Single(error.GetProperty("payload").EnumerateArray());
        Assert.Equal(SubscriptionErrorCodes.TooManySubscriptions, payload.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("This connection already runs 2 operations, the most it may; complete one first.", payload.GetProperty("message").GetString());

        await socket.SendAsync("""{"id":"a","type":"complete"}""");
        await socket.SubscribeAsync("d", "{ hello }");
        Assert.Equal("next", (await TakeAsync(socket, "d")).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_result_that_cannot_be_written_ends_its_operation_with_an_error_and_the_connection_stays()
    {
        await using var host = SubscriptionHost.Start(services => services.AddSingleton(TestSchemas.Failures()));
        using var socket = await RawWebSocket.ConnectAndInitAsync(host);

        await socket.SubscribeAsync("nan", "{ broken }");
        var error = await socket.ReceiveAsync();
        await socket.SubscribeAsync("ok", "{ ok }");

        Assert.Equal("error", error.GetProperty("type").GetString());
        var payload = Assert.Single(error.GetProperty("payload").EnumerateArray());
        Assert.Equal("INTERNAL_SERVER_ERROR", payload.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""{"id":"ok","type":"next","payload":{"data":{"ok":"fine"}}}""", (await socket.ReceiveAsync()).GetRawText());
    }

    /// <summary>The next message for operation <paramref name="id"/>, skipping the others'.</summary>
    private static async Task<JsonElement> TakeAsync(RawWebSocket socket, string id)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (message.GetProperty("id").GetString() == id)
            {
                return message;
            }
        }
    }

    /// <summary>A connection handler whose verdict the test decides.</summary>
    private sealed class DecidingHandler(Task<SubscriptionConnectionResult> decision) : ISubscriptionConnectionHandler
    {
        public async ValueTask<SubscriptionConnectionResult> OnConnectAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken) =>
            await decision.WaitAsync(cancellationToken);
    }
}
