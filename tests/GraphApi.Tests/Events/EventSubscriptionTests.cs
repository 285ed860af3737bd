using System.Globalization;
using System.Text.Json;
using GraphApi.Features.Events;
using GraphApi.Features.Users;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Events.Infrastructure;
using GraphApi.Tests.Subscriptions;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;
using static GraphApi.Tests.Events.Infrastructure.EventShop;

namespace GraphApi.Tests.Events;

/// <summary>
/// The contract's event subscriptions through real clients — the npm graphql-ws client over WebSocket and the
/// graphql-sse client over Server-Sent Events — against the host on Kestrel, with events raised by the shop's
/// mutations over HTTP: who may subscribe to what, committed changes only, and resuming with a cursor.
/// </summary>
public sealed class EventSubscriptionTests(EventSubscriptionTests.Fixture fixture) : IClassFixture<EventSubscriptionTests.Fixture>, IAsyncLifetime
{
    private const string OrderPlacedQuery = "subscription ($after: String) { orderPlaced(after: $after) { cursor orderId total { amount currency } order { id } } }";

    private const string OrderStatusQuery =
        "subscription ($id: ID!) { orderStatusChanged(orderId: $id) { cursor orderId previousStatus status order { id status } } }";

    private EventShop Shop { get; } = new(fixture.Host);

    private EventsHost Host => fixture.Host;

    private async Task<NodeClient> ConnectAsync(Actor? actor)
    {
        var client = await NodeClient.StartAsync("ws-client.mjs", Host.Host.WebSocketUrl.ToString());
        await client.SendAsync(new { cmd = "connect", connectionParams = actor?.ConnectionParams });
        await client.TakeAsync("connected");
        return client;
    }

    /// <summary>Each test starts once the previous test's subscriptions have left the hub, so that counting them tells when its own joined.</summary>
    public Task InitializeAsync() => Host.WaitForHubSubscriptionsAsync(0);

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task SubscribeAsync(NodeClient client, string id, string query, object? variables = null) =>
        client.SendAsync(new { cmd = "subscribe", id, query, variables });

    private static JsonElement Data(JsonElement next, string field) => next.GetProperty("payload").GetProperty("data").GetProperty(field);

    private static string? ErrorCode(JsonElement error) =>
        error.GetProperty("error")[0].GetProperty("extensions").GetProperty("code").GetString();

    [Fact]
    public async Task A_partner_receives_each_order_placed_with_its_cursor()
    {
        var partner = await Shop.PartnerAsync();
        var customer = await Shop.CustomerAsync();
        var product = (await Shop.ProductsInStockAsync())[0];
        await using var client = await ConnectAsync(partner);

        await SubscribeAsync(client, "p", OrderPlacedQuery);
        await Host.WaitForHubSubscriptionsAsync(1);
        var placed = await Shop.PlaceOrderAsync(customer, product, quantity: 2);

        var e = Data(await client.TakeAsync("next", "p"), "orderPlaced");
        Assert.Equal(placed.GetProperty("order").GetProperty("id").GetString(), e.GetProperty("orderId").GetString());
        Assert.Equal(placed.GetProperty("order").GetProperty("total").GetRawText(), e.GetProperty("total").GetRawText());
        Assert.True(EventCursor.TryDecode(e.GetProperty("cursor").GetString()!, out _));
        // Partners read every order (Query.order's rules apply), so the event carries it.
        Assert.Equal(e.GetProperty("orderId").GetString(), e.GetProperty("order").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_mutation_that_fails_and_rolls_back_emits_nothing()
    {
        var admin = await Shop.AdminAsync();
        var customer = await Shop.CustomerAsync();
        var product = (await Shop.ProductsInStockAsync())[0];
        await using var client = await ConnectAsync(admin);
        await SubscribeAsync(client, "p", OrderPlacedQuery);
        await Host.WaitForHubSubscriptionsAsync(1);

        var refused = await Shop.PlaceOrderAsync(customer, product, quantity: 1_000_000);
        var placed = await Shop.NewOrderAsync(customer, product);

        Assert.Equal("InsufficientStockError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var e = Data(await client.TakeAsync("next", "p"), "orderPlaced");
        Assert.Equal(placed, e.GetProperty("orderId").GetString());
        Assert.Equal(placed, e.GetProperty("order").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Order_placed_is_for_partners_and_admins_only()
    {
        await using var anonymous = await ConnectAsync(null);
        await using var customer = await ConnectAsync(await Shop.CustomerAsync());

        await SubscribeAsync(anonymous, "a", OrderPlacedQuery);
        await SubscribeAsync(customer, "c", OrderPlacedQuery);

        Assert.Equal(EventErrorCodes.Unauthenticated, ErrorCode(await anonymous.TakeAsync("error", "a")));
        var refused = await customer.TakeAsync("error", "c");
        Assert.Equal(EventErrorCodes.NotAuthorized, ErrorCode(refused));
        // Refused by the contract (@authorize(roles: ["Partner", "Admin"])) before the stream opens.
        Assert.Equal("The current user is not authorized to access field \"Subscription.orderPlaced\".", refused.GetProperty("error")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_customer_follows_the_status_of_their_own_order()
    {
        var customer = await Shop.CustomerAsync();
        var order = await Shop.NewOrderAsync(customer, (await Shop.ProductsInStockAsync())[0]);
        await using var client = await ConnectAsync(customer);

        await SubscribeAsync(client, "s", OrderStatusQuery, new { id = order });
        await Host.WaitForHubSubscriptionsAsync(1);
        await Shop.UpdateOrderStatusAsync(await Shop.AdminAsync(), order, "PAID");

        var e = Data(await client.TakeAsync("next", "s"), "orderStatusChanged");
        Assert.Equal(("PENDING", "PAID", order), (e.GetProperty("previousStatus").GetString(), e.GetProperty("status").GetString(), e.GetProperty("orderId").GetString()));
        Assert.Equal("PAID", e.GetProperty("order").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_customer_cannot_follow_someone_elses_order_but_partners_can()
    {
        var owner = await Shop.NewUserAsync(UserRole.Customer);
        var order = await Shop.NewOrderAsync(owner, (await Shop.ProductsInStockAsync())[0]);
        await using var stranger = await ConnectAsync(await Shop.CustomerAsync());
        await using var anonymous = await ConnectAsync(null);
        await using var partner = await ConnectAsync(await Shop.PartnerAsync());

        await SubscribeAsync(stranger, "s", OrderStatusQuery, new { id = order });
        await SubscribeAsync(anonymous, "a", OrderStatusQuery, new { id = order });
        await SubscribeAsync(partner, "p", OrderStatusQuery, new { id = order });

        var refused = await stranger.TakeAsync("error", "s");
        Assert.Equal(EventErrorCodes.NotAuthorized, ErrorCode(refused));
        Assert.Equal("Customers may follow only their own orders.", refused.GetProperty("error")[0].GetProperty("message").GetString());
        Assert.Equal(EventErrorCodes.Unauthenticated, ErrorCode(await anonymous.TakeAsync("error", "a")));
        await Host.WaitForHubSubscriptionsAsync(1);
        await Shop.ExecuteAsync(
            "mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { errors { __typename } } }",
            new { input = new { orderId = order } },
            owner);
        var e = Data(await partner.TakeAsync("next", "p"), "orderStatusChanged");
        Assert.Equal("CANCELLED", e.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_subscriber_resumes_after_its_last_cursor_without_gap_or_duplicate()
    {
        var partner = await Shop.PartnerAsync();
        var customer = await Shop.CustomerAsync();
        var product = (await Shop.ProductsInStockAsync())[0];
        await using var client = await ConnectAsync(partner);
        await SubscribeAsync(client, "first", OrderPlacedQuery);
        await Host.WaitForHubSubscriptionsAsync(1);
        await Shop.NewOrderAsync(customer, product);
        var seen = Data(await client.TakeAsync("next", "first"), "orderPlaced").GetProperty("cursor").GetString();

        // Offline: two orders are placed meanwhile.
        await client.SendAsync(new { cmd = "unsubscribe", id = "first" });
        await Host.WaitForHubSubscriptionsAsync(0);
        string[] missed = [await Shop.NewOrderAsync(customer, product), await Shop.NewOrderAsync(customer, product)];
        await SubscribeAsync(client, "again", OrderPlacedQuery, new { after = seen });
        var replayed = new[] { await client.TakeAsync("next", "again"), await client.TakeAsync("next", "again") };
        var live = await Shop.NewOrderAsync(customer, product);

        Assert.Equal(missed, replayed.Select(n => Data(n, "orderPlaced").GetProperty("orderId").GetString()));
        Assert.Equal(live, Data(await client.TakeAsync("next", "again"), "orderPlaced").GetProperty("orderId").GetString());
        await Task.Delay(300);
        Assert.False(client.Has("next", "again"));
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_is_a_bad_input_error()
    {
        await using var client = await ConnectAsync(await Shop.PartnerAsync());

        await SubscribeAsync(client, "x", OrderPlacedQuery, new { after = "not-a-cursor" });

        var error = await client.TakeAsync("error", "x");
        Assert.Equal(EventErrorCodes.BadUserInput, ErrorCode(error));
    }

    [Fact]
    public async Task Price_changes_reach_anonymous_subscribers_over_server_sent_events_and_resume_there()
    {
        var admin = await Shop.AdminAsync();
        var product = (await Shop.ProductsInStockAsync())[^1];
        await using var client = await NodeClient.StartAsync("sse-client.mjs", Host.Host.GraphQLUrl);
        const string query = "subscription ($id: ID, $after: String) { productPriceChanged(productId: $id, after: $after) { cursor productId previousPrice { amount } price { amount } product { price { amount } } } }";

        await SubscribeAsync(client, "p", query, new { id = product });
        await client.TakeAsync("connected", "p");
        await Host.WaitForHubSubscriptionsAsync(1);
        await Shop.SetPriceAsync(admin, product, 12.34m);
        var first = Data(await client.TakeAsync("next", "p"), "productPriceChanged");
        await client.SendAsync(new { cmd = "unsubscribe", id = "p" });
        await Host.WaitForHubSubscriptionsAsync(0);
        await Shop.SetPriceAsync(admin, product, 23.45m);
        await SubscribeAsync(client, "q", query, new { id = product, after = first.GetProperty("cursor").GetString() });

        Assert.Equal((product, 12.34m), (first.GetProperty("productId").GetString(), first.GetProperty("price").GetProperty("amount").GetDecimal()));
        var resumed = Data(await client.TakeAsync("next", "q"), "productPriceChanged");
        Assert.Equal(12.34m, resumed.GetProperty("previousPrice").GetProperty("amount").GetDecimal());
        Assert.Equal(23.45m, resumed.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(23.45m, resumed.GetProperty("product").GetProperty("price").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Revoking_a_users_access_stops_delivery_to_their_open_subscription()
    {
        var partner = await Shop.NewUserAsync(UserRole.Partner);
        var customer = await Shop.CustomerAsync();
        var product = (await Shop.ProductsInStockAsync())[0];
        await using var client = await ConnectAsync(partner);
        await SubscribeAsync(client, "p", OrderPlacedQuery);
        await Host.WaitForHubSubscriptionsAsync(1);
        await Shop.NewOrderAsync(customer, product);
        await client.TakeAsync("next", "p");

        await Shop.ChangeUserAsync(partner.Id, user => user.LockoutEnd = DateTime.UtcNow.AddHours(1));
        await Task.Delay(100); // past the access check interval of the fixture
        await Shop.NewOrderAsync(customer, product);

        var error = await client.TakeAsync("error", "p");
        Assert.Equal(EventErrorCodes.NotAuthorized, ErrorCode(error));
        Assert.Equal("Access revoked: The account is locked.", error.GetProperty("error")[0].GetProperty("message").GetString());
        Assert.False(client.Has("next", "p"));
        await Host.WaitForHubSubscriptionsAsync(0);
    }

    [Fact]
    public async Task A_demoted_partner_stops_receiving_partner_events()
    {
        var partner = await Shop.NewUserAsync(UserRole.Partner);
        await using var client = await ConnectAsync(partner);
        await SubscribeAsync(client, "p", OrderPlacedQuery);
        await Host.WaitForHubSubscriptionsAsync(1);

        await Shop.ChangeUserAsync(partner.Id, user => user.Role = UserRole.Customer);
        await Task.Delay(100);
        await Shop.NewOrderAsync(await Shop.CustomerAsync(), (await Shop.ProductsInStockAsync())[0]);

        var error = await client.TakeAsync("error", "p");
        Assert.Equal("Access revoked: The account's role is now Customer; sign in again.", error.GetProperty("error")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_graphql_ws_client_sees_its_connection_closed_with_4403_when_the_token_expires()
    {
        var user = await Shop.NewUserAsync(UserRole.Partner);
        var token = await HmacAsync(ValidClaims(new FakeClock(DateTimeOffset.UtcNow), user.Id.ToString(CultureInfo.InvariantCulture))
            .With(("exp", DateTimeOffset.UtcNow.AddSeconds(2).ToUnixTimeSeconds()), ("roles", "Partner")));
        await using var client = await ConnectAsync(new Actor(user.Id, UserRole.Partner, token));

        await SubscribeAsync(client, "p", OrderPlacedQuery);

        var closed = await client.TakeAsync("closed");
        Assert.Equal((4403, "Authentication expired"), (closed.GetProperty("code").GetInt32(), closed.GetProperty("reason").GetString()));
    }

    /// <summary>Access checks trusted for 50 ms only, so that the revocation tests need not wait.</summary>
    public sealed class Fixture : EventsHostFixture
    {
        protected override (string Key, string Value)[] Settings => [("Events:AccessCheckInterval", "00:00:00.050")];
    }
}
