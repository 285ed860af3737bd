using GraphApi.Tests.Events.Infrastructure;
using GraphApi.Tests.Subscriptions;
using static GraphApi.Tests.Events.Infrastructure.EventShop;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// The role matrix of the contract's protected subscriptions, over graphql-transport-ws with the npm graphql-ws client
/// against the host on Kestrel: an allowed caller's subscription joins the event hub and receives the event a mutation
/// then raises; a refused one gets an <c>error</c> message with the engine's code and wording, and never joins.
/// </summary>
public sealed class SubscriptionRoleMatrixTests(EventsHostFixture fixture) : IClassFixture<EventsHostFixture>, IAsyncLifetime
{
    private const string OrderStatusChanged = "Subscription.orderStatusChanged";
    private const string OrderPlaced = "Subscription.orderPlaced";

    private const string OrderStatusQuery = "subscription ($id: ID!) { orderStatusChanged(orderId: $id) { orderId order { id } } }";

    private const string OrderPlacedQuery = "subscription { orderPlaced { orderId order { id } } }";

    private static readonly (string Coordinate, Caller Caller, Outcome Outcome)[] Matrix =
    [
        // On an order of the customer's own (the demo customer's): anyone signed in who may read it.
        (OrderStatusChanged, Caller.Anonymous, Outcome.Unauthenticated),
        (OrderStatusChanged, Caller.Customer, Outcome.Allowed),
        (OrderStatusChanged, Caller.Partner, Outcome.Allowed),
        (OrderStatusChanged, Caller.Admin, Outcome.Allowed),
        (OrderPlaced, Caller.Anonymous, Outcome.Unauthenticated),
        (OrderPlaced, Caller.Customer, Outcome.Forbidden),
        (OrderPlaced, Caller.Partner, Outcome.Allowed),
        (OrderPlaced, Caller.Admin, Outcome.Allowed),
    ];

    private EventShop Shop { get; } = new(fixture.Host);

    private EventsHost Host => fixture.Host;

    /// <summary>The coordinates this matrix covers.</summary>
    public static IReadOnlyList<string> Coordinates => Matrix.Select(r => r.Coordinate).Distinct().ToList();

    public static TheoryData<string, Caller, Outcome> Rows
    {
        get
        {
            var rows = new TheoryData<string, Caller, Outcome>();
            foreach (var (coordinate, caller, outcome) in Matrix)
            {
                rows.Add(coordinate, caller, outcome);
            }

            return rows;
        }
    }

    /// <summary>Each row starts once the previous row's subscriptions have left the hub, so that counting them tells when its own joined.</summary>
    public Task InitializeAsync() => Host.WaitForHubSubscriptionsAsync(0);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task A_protected_subscription_answers_each_caller_as_the_matrix_says(string coordinate, Caller caller, Outcome outcome)
    {
        var customer = await Shop.CustomerAsync();
        var product = (await Shop.ProductsInStockAsync())[0];
        // orderStatusChanged follows an order placed for the row; orderPlaced is about the order the row will place.
        var followed = coordinate == OrderStatusChanged ? await Shop.NewOrderAsync(customer, product) : null;
        await using var client = await ConnectAsync(caller switch
        {
            Caller.Customer => customer,
            Caller.Partner => await Shop.PartnerAsync(),
            Caller.Admin => await Shop.AdminAsync(),
            _ => null,
        });

        await client.SendAsync(followed is null
            ? new { cmd = "subscribe", id = "s", query = OrderPlacedQuery, variables = (object?)null }
            : new { cmd = "subscribe", id = "s", query = OrderStatusQuery, variables = (object?)new { id = followed } });

        if (outcome == Outcome.Allowed)
        {
            await Host.WaitForHubSubscriptionsAsync(1);
            var order = followed ?? await Shop.NewOrderAsync(customer, product);
            if (followed is not null)
            {
                await Shop.UpdateOrderStatusAsync(await Shop.AdminAsync(), followed, "PAID");
            }

            var field = coordinate["Subscription.".Length..];
            var e = (await client.TakeAsync("next", "s")).GetProperty("payload").GetProperty("data").GetProperty(field);
            Assert.Equal(order, e.GetProperty("orderId").GetString());
            // The event's order is read under Order's own rules, which every allowed caller here passes.
            Assert.Equal(order, e.GetProperty("order").GetProperty("id").GetString());
        }
        else
        {
            var error = Assert.Single((await client.TakeAsync("error", "s")).GetProperty("error").EnumerateArray());
            Assert.Equal(Refusal.Message(outcome, coordinate), error.GetProperty("message").GetString());
            Assert.Equal(Refusal.Code(outcome), error.GetProperty("extensions").GetProperty("code").GetString());
            // Refused before its source stream opened: it never joined the hub.
            Assert.Equal(0, Host.Hub.SubscriptionCount);
        }
    }

    private async Task<NodeClient> ConnectAsync(Actor? actor)
    {
        var client = await NodeClient.StartAsync("ws-client.mjs", Host.Host.WebSocketUrl.ToString());
        await client.SendAsync(new { cmd = "connect", connectionParams = actor?.ConnectionParams });
        await client.TakeAsync("connected");
        return client;
    }
}
