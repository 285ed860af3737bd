using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Events.Infrastructure;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Subscriptions;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Events;

/// <summary>
/// Scale-out as deployed: RabbitMQ (installed and started by <c>tests/js/install-rabbitmq.sh</c>) and two server
/// processes on one SQLite database with <c>Events:Bus=RabbitMQ</c>. A client subscribed on one instance
/// receives the event of a mutation made on the other.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly string _database = EventsHost.NewDatabaseFile();
    private HostProcess _a = null!;
    private HostProcess _b = null!;

    public async Task InitializeAsync()
    {
        await NodeRunner.EnsureRabbitMqRunningAsync();
        var environment = new Dictionary<string, string>
        {
            ["Database__SqlitePath"] = _database,
            ["Authentication__Jwt__SigningKey"] = TestKeys.HmacSecret,
            ["Events__Bus"] = "RabbitMQ",
            ["Events__RabbitMQ__Uri"] = "amqp://guest:guest@127.0.0.1:5672/",
            ["Events__RabbitMQ__Exchange"] = $"graphapi.events.test-{Guid.NewGuid():N}",
        };

        // One after the other: the first creates and seeds the database, which the second then finds ready.
        _a = await HostProcess.StartAsync(["--urls", "http://127.0.0.1:0"], environment);
        _b = await HostProcess.StartAsync(["--urls", "http://127.0.0.1:0"], environment);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        EventsHost.DeleteDatabase(_database);
    }

    [Fact]
    public async Task A_subscriber_on_one_instance_receives_the_event_of_a_mutation_on_the_other()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_b.BaseUrl), Timeout = SubscriptionHost.Patience };
        var admin = await HmacAsync(ValidClaims(new FakeClock(DateTimeOffset.UtcNow), "1").With(("roles", "Admin")));
        var product = (await ExecuteAsync(http, "{ products(first: 1) { nodes { id } } }", null, admin))
            .GetProperty("products").GetProperty("nodes")[0].GetProperty("id").GetString();
        await using var client = await NodeClient.StartAsync("ws-client.mjs", _a.BaseUrl.Replace("http", "ws", StringComparison.Ordinal) + "/graphql");
        await client.SendAsync(new { cmd = "connect" });
        await client.TakeAsync("connected");
        await client.SendAsync(new
        {
            cmd = "subscribe",
            id = "p",
            query = "subscription ($id: ID) { productPriceChanged(productId: $id) { productId price { amount } } }",
            variables = new { id = product },
        });

        // The subscription may take a moment to reach A's hub: change the price until A delivers a change.
        JsonElement? received = null;
        for (int cents = 1001; received is null && cents < 1100; cents++)
        {
            await ExecuteAsync(
                http,
                "mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { errors { __typename } } }",
                new { input = new { productId = product, price = new { amount = cents / 100m, currency = "EUR" } } },
                admin);
            await Task.Delay(200);
            if (client.Has("next", "p"))
            {
                received = await client.TakeAsync("next", "p");
            }
        }

        Assert.NotNull(received);
        var e = received.Value.GetProperty("payload").GetProperty("data").GetProperty("productPriceChanged");
        Assert.Equal(product, e.GetProperty("productId").GetString());
        Assert.InRange(e.GetProperty("price").GetProperty("amount").GetDecimal(), 10.01m, 10.99m);
    }

    private static async Task<JsonElement> ExecuteAsync(HttpClient http, string query, object? variables, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out var errors), string.Create(CultureInfo.InvariantCulture, $"Errors: {errors}"));
        return body.GetProperty("data");
    }
}
