using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode: with the npm <c>graphql-sse</c> client
/// (<c>tests/js/sse-client.mjs</c>) and with raw HTTP for the stream's exact form, against the host on Kestrel.
/// </summary>
public class ServerSentEventsTests
{
    private static JsonElement Data(JsonElement next) => next.GetProperty("payload").GetProperty("data");

    private static SubscriptionHost StartStreaming(StreamProbe probe, params (string, string)[] settings) =>
        SubscriptionHost.Start(services => services.AddSingleton(StreamingSchema.Build(probe)), settings);

    [Fact]
    public async Task The_graphql_sse_client_gets_each_greeting_until_it_closes_the_stream()
    {
        await using var host = SubscriptionHost.Start();
        await using var client = await NodeClient.StartAsync("sse-client.mjs", host.GraphQLUrl);

        await client.SendAsync(new { cmd = "subscribe", id = "g", query = "subscription { greetings { message } }" });
        await client.TakeAsync("connected", "g");
        await host.WaitForGreetingSubscribersAsync(1);
        await host.SendGreetingAsync("first");
        await host.SendGreetingAsync("second");

        Assert.Equal("first", Data(await client.TakeAsync("next", "g")).GetProperty("greetings").GetProperty("message").GetString());
        Assert.Equal("second", Data(await client.TakeAsync("next", "g")).GetProperty("greetings").GetProperty("message").GetString());

        // Closing the connection is how the client ends the subscription; the server disposes the source.
        await client.SendAsync(new { cmd = "unsubscribe", id = "g" });
        await host.WaitForGreetingSubscribersAsync(0);
    }

    [Fact]
    public async Task The_graphql_sse_client_gets_a_finite_stream_then_complete()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe);
        await using var client = await NodeClient.StartAsync("sse-client.mjs", host.GraphQLUrl);

        await client.SendAsync(new { cmd = "subscribe", id = "c", query = "subscription ($n: Int!) { countdown(from: $n) }", variables = new { n = 2 } });

        Assert.Equal(2, Data(await client.TakeAsync("next", "c")).GetProperty("countdown").GetInt32());
        Assert.Equal(1, Data(await client.TakeAsync("next", "c")).GetProperty("countdown").GetInt32());
        await client.TakeAsync("complete", "c");
        Assert.False(client.Has("error"));
        await Eventually.TrueAsync(() => probe.Open == 0, "the source stream to be disposed");
    }

    [Fact]
    public async Task The_graphql_sse_client_gets_the_one_result_of_a_query_or_mutation_and_errors_as_results()
    {
        await using var host = SubscriptionHost.Start();
        await using var client = await NodeClient.StartAsync("sse-client.mjs", host.GraphQLUrl);

        await client.SendAsync(new { cmd = "subscribe", id = "q", query = "{ hello }" });
        await client.SendAsync(new { cmd = "subscribe", id = "m", query = "mutation { sendGreeting(message: \"over sse\") { message } }" });
        await client.SendAsync(new { cmd = "subscribe", id = "invalid", query = "subscription { greetings { nope } }" });

        Assert.Equal("Hello, world!", Data(await client.TakeAsync("next", "q")).GetProperty("hello").GetString());
        await client.TakeAsync("complete", "q");
        Assert.Equal("over sse", Data(await client.TakeAsync("next", "m")).GetProperty("sendGreeting").GetProperty("message").GetString());
        await client.TakeAsync("complete", "m");

        // graphql-sse: errors found before execution are results on the accepted stream, not HTTP errors.
        var invalid = await client.TakeAsync("next", "invalid");
        Assert.False(invalid.GetProperty("payload").TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", invalid.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await client.TakeAsync("complete", "invalid");
    }

    [Fact]
    public async Task The_stream_has_event_stream_headers_keep_alive_comments_next_and_complete_events()
    {
        var probe = new StreamProbe();
        await using var host = StartStreaming(probe, ("GraphQL:Subscriptions:KeepAliveInterval", "00:00:00.150"));
        using var request = EventStreamRequest(HttpMethod.Post, """{"query":"subscription { countdown(from: 2) }"}""");

        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal(
            ":\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":2}}\n\n"
            + "event: next\ndata: {\"data\":{\"countdown\":1}}\n\n"
            + "event: complete\ndata: \n\n",
            text);
    }

    [Fact]
    public async Task An_idle_stream_gets_a_comment_at_each_keep_alive_interval()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:KeepAliveInterval", "00:00:00.100"));
        using var request = EventStreamRequest(HttpMethod.Post, """{"query":"subscription { greetings { message } }"}""");
        using var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // The first comment opens the stream; the next ones come while no greeting is sent.
        for (int comments = 0; comments < 4;)
        {
            var line = await reader.ReadLineAsync().WaitAsync(SubscriptionHost.Patience);
            Assert.True(line == ":" || line == "", $"unexpected line \"{line}\"");
            comments += line == ":" ? 1 : 0;
        }
    }

    [Fact]
    public async Task A_get_request_can_subscribe_as_an_event_source_does_and_closing_it_disposes_the_source()
    {
        await using var host = SubscriptionHost.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("subscription { greetings { message } }"));
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await host.WaitForGreetingSubscribersAsync(1);

        await host.SendGreetingAsync("via get");

        Assert.Equal(":", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());
        Assert.Equal("event: next", await reader.ReadLineAsync());
        Assert.Equal("data: {\"data\":{\"greetings\":{\"message\":\"via get\"}}}", await reader.ReadLineAsync());

        reader.Dispose();
        response.Dispose();
        await host.WaitForGreetingSubscribersAsync(0);
    }

    [Fact]
    public async Task A_result_that_cannot_be_written_becomes_an_error_event_and_the_stream_still_completes()
    {
        await using var host = SubscriptionHost.Start(services => services.AddSingleton(TestSchemas.Failures()));
        using var request = EventStreamRequest(HttpMethod.Post, """{"query":"{ broken }"}""");

        using var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        // The test host runs in Development, where exception details are shown.
        Assert.StartsWith(":\n\nevent: next\ndata: {\"errors\":[{\"message\":\"Unexpected error: InvalidOperationException: The number NaN cannot be written", text);
        Assert.Contains("\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}\n\n", text);
        Assert.EndsWith("event: complete\ndata: \n\n", text);
    }

    [Fact]
    public async Task Request_errors_of_http_itself_are_answered_before_the_stream_opens()
    {
        await using var host = SubscriptionHost.Start();

        using var badJson = EventStreamRequest(HttpMethod.Post, "{ not json");
        var badJsonResponse = await GraphQLHttp.SendAsync(host.Http, badJson, accept: null);
        var mutation = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { sendGreeting(message: \"x\") { message } }"));
        var mutationResponse = await GraphQLHttp.SendAsync(host.Http, mutation, accept: "text/event-stream");

        Assert.Equal(HttpStatusCode.BadRequest, badJsonResponse.Status);
        Assert.Equal("application/json", badJsonResponse.MediaType);
        Assert.Equal("BAD_REQUEST", badJsonResponse.FirstErrorCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutationResponse.Status);
        Assert.Equal(0, host.Greetings.SubscriberCount);
    }

    [Fact]
    public async Task A_wildcard_accept_still_gets_a_single_json_result_and_sse_can_be_turned_off()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:EnableServerSentEvents", "false"));

        var wildcard = await GraphQLHttp.PostQueryAsync(host.Http, "{ hello }", accept: "*/*");
        var eventStreamOnly = await GraphQLHttp.PostQueryAsync(host.Http, "{ hello }", accept: "text/event-stream");

        Assert.Equal("application/json", wildcard.MediaType);
        Assert.Equal(HttpStatusCode.NotAcceptable, eventStreamOnly.Status);
    }

    [Theory]
    [InlineData("text/event-stream", true)]
    [InlineData("text/event-stream, application/json;q=0.9", true)]
    [InlineData("application/json, text/event-stream", true)]
    [InlineData("application/json, text/event-stream;q=0.5", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json, text/event-stream;q=0", false)]
    [InlineData("application/graphql-response+json", false)]
    public async Task Accept_decides_between_a_stream_and_a_single_result(string accept, bool stream)
    {
        await using var host = SubscriptionHost.Start();

        var response = await GraphQLHttp.PostQueryAsync(host.Http, "{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(stream, response.MediaType == "text/event-stream");
    }

    private static HttpRequestMessage EventStreamRequest(HttpMethod method, string body)
    {
        var request = new HttpRequestMessage(method, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }
}
