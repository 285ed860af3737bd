using GraphApi.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Subscriptions;

/// <summary>The <c>GraphQL:Subscriptions</c> settings: checked at startup, and the transports can be turned off.</summary>
public sealed class SubscriptionOptionsTests : IDisposable
{
    private readonly string _schemaFile = Path.Combine(Path.GetTempPath(), $"graphapi-subscriptions-{Guid.NewGuid():N}.graphql");

    public void Dispose() => File.Delete(_schemaFile);

    [Fact]
    public async Task Settings_that_make_no_sense_stop_the_server_naming_the_setting()
    {
        File.WriteAllText(_schemaFile, "type Query { hello: String }");
        var builder = WebApplication.CreateSlimBuilder(
        [
            "--GraphQL:Subscriptions:ConnectionInitTimeout=00:00:00",
            "--GraphQL:Subscriptions:KeepAliveInterval=-00:00:01",
            "--GraphQL:Subscriptions:MaxMessageBytes=0",
            "--GraphQL:Subscriptions:MaxSubscriptionsPerConnection=-1",
            "--GraphQL:Subscriptions:AllowedOrigins:0=app.example.com",
        ]);
        builder.Services.AddGraphQLServer(_schemaFile, schema => schema.Resolve("Query", "hello", _ => "hi"));
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(
            new[]
            {
                "GraphQL:Subscriptions:ConnectionInitTimeout must be positive, not 00:00:00.",
                "GraphQL:Subscriptions:KeepAliveInterval must not be negative (zero turns keep-alive off), not -00:00:01.",
                "GraphQL:Subscriptions:MaxMessageBytes must be positive, not 0.",
                "GraphQL:Subscriptions:MaxSubscriptionsPerConnection must be positive, not -1.",
                "GraphQL:Subscriptions:AllowedOrigins: \"app.example.com\" is not an origin such as https://app.example.com.",
            },
            error.Failures);
    }

    [Fact]
    public async Task With_websockets_turned_off_an_upgrade_request_is_an_ordinary_request()
    {
        await using var host = SubscriptionHost.Start(settings: ("GraphQL:Subscriptions:EnableWebSockets", "false"));

        var error = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => RawWebSocket.ConnectAsync(host));

        Assert.Contains("400", error.Message);
    }
}
