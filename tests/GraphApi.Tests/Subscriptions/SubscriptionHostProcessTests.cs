using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Subscriptions;

/// <summary>The built host, started as deployed (<c>dotnet GraphApi.dll --urls ...</c>), serves subscriptions to both npm clients.</summary>
public class SubscriptionHostProcessTests
{
    [Fact]
    public async Task The_host_process_streams_greetings_over_websocket_and_server_sent_events()
    {
        await using var host = await HostProcess.StartAsync(["--urls", "http://127.0.0.1:0"]);
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl), Timeout = SubscriptionHost.Patience };
        await using var ws = await NodeClient.StartAsync("ws-client.mjs", host.BaseUrl.Replace("http://", "ws://") + "/graphql");
        await using var sse = await NodeClient.StartAsync("sse-client.mjs", host.BaseUrl + "/graphql");
        const string query = "subscription { greetings { message } }";
        await ws.SendAsync(new { cmd = "connect" });
        await ws.SendAsync(new { cmd = "subscribe", id = "ws", query });
        await sse.SendAsync(new { cmd = "subscribe", id = "sse", query });

        // The process's event source cannot be watched from here: greet until both subscribers have heard it.
        var deadline = DateTime.UtcNow + SubscriptionHost.Patience;
        while (!(ws.Has("next", "ws") && sse.Has("next", "sse")) && DateTime.UtcNow < deadline)
        {
            await GraphQLHttp.PostQueryAsync(http, "mutation { sendGreeting(message: \"hello, process\") { message } }");
            await Task.Delay(100);
        }

        foreach (var (client, id) in new[] { (ws, "ws"), (sse, "sse") })
        {
            var next = await client.TakeAsync("next", id);
            Assert.Equal("hello, process", next.GetProperty("payload").GetProperty("data").GetProperty("greetings").GetProperty("message").GetString());
        }
    }
}
