using System.Globalization;
using System.Net;
using GraphApi.Features.Hello;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Host;

/// <summary>The host as it ships: its schema, its resolvers, its health probe.</summary>
public class HostTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Health_answers()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_served_schema_prints_as_the_schema_file()
    {
        var schema = factory.Services.GetRequiredService<ExecutableSchema>().Schema;

        string file = File.ReadAllText(RepoPaths.Combine("schema", "schema.graphql")).ReplaceLineEndings("\n");
        // With the applied directives: the contract declares who may read what (@authorize), and that is part of it.
        Assert.Equal(file.TrimEnd('\n'), SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true }));
    }

    [Fact]
    public async Task Hello_echo_and_time_resolve()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await PostQueryAsync(factory.CreateClient(), """{ hello echo(message: "ping") time }""");

        var data = response.Json.GetProperty("data");
        Assert.Equal("Hello, world!", data.GetProperty("hello").GetString());
        Assert.Equal("ping", data.GetProperty("echo").GetString());
        var time = DateTimeOffset.ParseExact(data.GetProperty("time").GetString()!, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(time, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task A_subscriber_receives_the_greetings_sent_by_the_mutation()
    {
        var executor = factory.Services.GetRequiredService<RequestExecutor>();
        var events = factory.Services.GetRequiredService<GreetingEvents>();
        using var scope = factory.Services.CreateScope();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var context = new RequestContext { Services = scope.ServiceProvider, CancellationToken = timeout.Token };
        var subscription = new GraphQLRequest { Query = "subscription { greetings { message sentAt } }" };

        var result = await executor.SubscribeAsync(executor.Prepare(subscription), subscription, context);
        Assert.Null(result.Error);
        await using var stream = result.Stream!.GetAsyncEnumerator(timeout.Token);
        var next = stream.MoveNextAsync().AsTask();
        while (events.SubscriberCount == 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        var sent = await PostQueryAsync(factory.CreateClient(), """mutation { sendGreeting(message: "hi all") { message } }""");

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.True(await next);
        var greeting = (ResultMap)stream.Current.Data!["greetings"]!;
        Assert.Equal("hi all", greeting["message"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (string)greeting["sentAt"]!);
    }
}
