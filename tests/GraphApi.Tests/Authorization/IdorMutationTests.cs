using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Authorization.Party;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// Insecure direct object references through the mutations that take an order's ID: a customer cannot cancel,
/// move, or learn anything about another customer's order by naming it. These tests write, so each has a shop of
/// its own.
/// </summary>
public sealed class IdorMutationTests : IAsyncLifetime
{
    // The error's own fields would only echo the ID the input gave; the order fields are what must stay hidden,
    // including through an InvalidOrderStatusTransitionError, which would tell the order exists and its status.
    private const string PayloadFields = """
        order { id status total { amount } customer { id name email } }
        errors { __typename ... on InvalidOrderStatusTransitionError { from order { id total { amount } customer { id name email } } } }
        """;

    private readonly SignedInShop _shop = new();

    public Task InitializeAsync() => _shop.InitializeAsync();

    public Task DisposeAsync() => _shop.DisposeAsync();

    private static string Cancel(int orderId) =>
        $$"""mutation { cancelOrder(input: { orderId: "{{OrderGlobalId(orderId)}}" }) { {{PayloadFields}} } }""";

    [Theory]
    [InlineData("Ann", "Bob", 5, "PENDING")]
    [InlineData("Ann", "Bob", 4, "CANCELLED")]
    [InlineData("Bob", "Ann", 3, "PENDING")]
    [InlineData("Bob", "Ann", 2, "PAID")]
    [InlineData("Bob", "Ann", 1, "DELIVERED")]
    public async Task Cancelling_someone_elses_order_is_not_found_and_changes_nothing(string reader, string owner, int orderId, string status)
    {
        var victim = Named(owner);
        var stockBefore = await StockAsync();

        var attack = await _shop.AskAsync(Named(reader), Cancel(orderId));

        var payload = attack.Data().At("cancelOrder");
        Assert.Equal(JsonValueKind.Null, payload.At("order").ValueKind);
        Assert.Equal("OrderNotFoundError", Assert.Single(payload.At("errors").EnumerateArray()).At("__typename").GetString());
        victim.AssertNothingOf(attack.Body);
        Assert.Equal(status, await StatusAsync(victim, orderId));
        Assert.Equal(stockBefore, await StockAsync());

        // Control: on an order of their own that is final (each customer's first: Ann's DELIVERED, Bob's CANCELLED),
        // the owner gets the transition error, and it shows the order.
        var final = victim.OrderIds[0];
        var control = await _shop.AskAsync(victim, Cancel(final));
        Assert.Equal("InvalidOrderStatusTransitionError", control.Data().At("cancelOrder", "errors", 0, "__typename").GetString());
        victim.AssertShows(control.Body, OrderGlobalId(final), victim.UserGlobalId, victim.Name, victim.Email, Total(victim.TotalOf(final)));
    }

    [Fact]
    public async Task The_owner_cancels_the_same_pending_order_that_another_customer_could_not()
    {
        var attack = await _shop.AskAsync(Ann, Cancel(5));
        var owner = await _shop.AskAsync(Bob, Cancel(5));

        Assert.Equal("OrderNotFoundError", attack.Data().At("cancelOrder", "errors", 0, "__typename").GetString());
        var payload = owner.Data().At("cancelOrder");
        Assert.Empty(payload.At("errors").EnumerateArray());
        Assert.Equal("CANCELLED", payload.At("order", "status").GetString());
        Bob.AssertShows(owner.Body, OrderGlobalId(5), Bob.UserGlobalId, Bob.Name, Bob.Email, Total(25m));
    }

    [Fact]
    public async Task Moving_someone_elses_order_is_for_admins_only_and_changes_nothing()
    {
        var query = $$"""
            mutation { updateOrderStatus(input: { orderId: "{{OrderGlobalId(5)}}", status: PAID }) { {{PayloadFields}} } }
            """;

        var attack = await _shop.AskAsync(Ann, query);

        Assert.Equal("AUTH_NOT_AUTHORIZED", attack.SingleError().Code);
        Assert.Equal(JsonValueKind.Null, attack.Json.At("data", "updateOrderStatus").ValueKind);
        Bob.AssertNothingOf(attack.Body);
        Assert.Equal("PENDING", await StatusAsync(Bob, 5));

        var admin = await _shop.AskAsync(Ada, query);
        Assert.Equal("PAID", admin.Data().At("updateOrderStatus", "order", "status").GetString());
        Bob.AssertShows(admin.Body, OrderGlobalId(5), Bob.UserGlobalId, Bob.Name, Bob.Email, Total(25m));
    }

    [Fact]
    public async Task Cancelling_someone_elses_order_answers_exactly_as_cancelling_one_that_does_not_exist()
    {
        // With every field of the error selected: only the ID the input gave may differ.
        const string Fields = "order { id } errors { __typename ... on Error { message } ... on OrderNotFoundError { orderId } }";
        string Query(string id) => $$"""mutation { cancelOrder(input: { orderId: "{{id}}" }) { {{Fields}} } }""";
        var (bobs, missing) = (OrderGlobalId(5), OrderGlobalId(999));

        var someoneElses = await _shop.AskAsync(Ann, Query(bobs));
        var none = await _shop.AskAsync(Ann, Query(missing));

        Assert.Equal("OrderNotFoundError", none.Data().At("cancelOrder", "errors", 0, "__typename").GetString());
        Assert.Equal(none.Body.Replace(missing, "ID", StringComparison.Ordinal), someoneElses.Body.Replace(bobs, "ID", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_idempotency_key_another_customer_used_places_a_new_order_of_ones_own()
    {
        // Were keys shared between customers, a retry would return the other customer's order, and a key used for
        // other lines an IdempotencyKeyReusedError holding it.
        const string Fields = """
            order { id total { amount } customer { id name email } }
            errors { __typename ... on IdempotencyKeyReusedError { order { id total { amount } customer { id name email } } } }
            """;
        static string Place(string key, int productId) => $$"""
            mutation { placeOrder(input: { idempotencyKey: "{{key}}", lines: [{ productId: "{{GlobalId.Encode("Product", productId)}}", quantity: 1 }] }) { {{Fields}} } }
            """;

        var bobsFirst = await _shop.AskAsync(Bob, Place("shared-key", 1));
        var bobsSecond = await _shop.AskAsync(Bob, Place("other-key", 1));
        var bobsOrders = new[] { bobsFirst, bobsSecond }.Select(r => r.Data().At("placeOrder", "order", "id").GetString()!).ToArray();

        var sameLines = await _shop.AskAsync(Ann, Place("shared-key", 1));
        var otherLines = await _shop.AskAsync(Ann, Place("other-key", 3));

        foreach (var response in new[] { sameLines, otherLines })
        {
            var payload = response.Data().At("placeOrder");
            Assert.Empty(payload.At("errors").EnumerateArray());
            Assert.Equal(Ann.UserGlobalId, payload.At("order", "customer", "id").GetString());
            Bob.AssertNothingOf(response.Body);
            Assert.All(bobsOrders, id => Assert.DoesNotContain(id, response.Body, StringComparison.Ordinal));
        }

        // Control: Bob's own retry returns his order, and his key used for other lines names it.
        var retry = await _shop.AskAsync(Bob, Place("shared-key", 1));
        var reused = await _shop.AskAsync(Bob, Place("shared-key", 3));
        Assert.Equal(bobsOrders[0], retry.Data().At("placeOrder", "order", "id").GetString());
        Assert.Equal(bobsOrders[0], reused.Data().At("placeOrder", "errors", 0, "order", "id").GetString());
        Bob.AssertShows(reused.Body, Bob.UserGlobalId, Bob.Name, Bob.Email);
    }

    /// <summary>The order's status, as its owner reads it.</summary>
    private async Task<string?> StatusAsync(Party owner, int orderId)
    {
        var response = await _shop.AskAsync(owner, $$"""{ order(id: "{{OrderGlobalId(orderId)}}") { status } }""");
        return response.Data().At("order", "status").GetString();
    }

    /// <summary>Every product's stock, which cancelling an order would raise.</summary>
    private async Task<string> StockAsync()
    {
        var response = await _shop.AskAsync(Ada, "{ products(first: 100) { nodes { id stockQuantity } } }");
        return response.Data().At("products", "nodes").GetRawText();
    }
}
