using System.Text.Json;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Authorization.Party;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// Insecure direct object references through the lists of orders: <c>User.orders</c> reached every way a customer
/// can reach a User (<c>node</c>, <c>me</c>, an order's <c>customer</c>), and <c>Query.orders</c> with and without
/// a filter. A customer's lists hold their own orders and nothing of anyone else's; each attack is paired with the
/// same query run by the owner or the admin, which must show what the attack must not.
/// </summary>
public sealed class IdorConnectionTests(SignedInShop shop) : IClassFixture<SignedInShop>
{
    private const string OrderPage = "totalCount nodes { id total { amount } customer { id name email } }";

    [Theory]
    [InlineData("Ann", "Bob")]
    [InlineData("Bob", "Ann")]
    public async Task Node_of_someone_elses_user_is_null_with_their_orders(string reader, string owner)
    {
        var victim = Named(owner);
        var query = $$"""
            { node(id: "{{victim.UserGlobalId}}") {
                id ... on User { name email orders(first: 100) { totalCount nodes { id total { amount } } } } } }
            """;

        var attack = await shop.AskAsync(Named(reader), query);
        var control = await shop.AskAsync(victim, query);

        Assert.Equal(JsonValueKind.Null, attack.Data().At("node").ValueKind);
        victim.AssertNothingOf(attack.Body);
        Assert.Equal(victim.OrderIds.Length, control.Data().At("node", "orders", "totalCount").GetInt32());
        victim.AssertShows(control.Body, [victim.UserGlobalId, victim.Name, victim.Email, .. victim.OrderIds.Select(OrderGlobalId), .. victim.OrderTotals.Select(Total)]);
    }

    [Theory]
    [InlineData("Ann", "Bob")]
    [InlineData("Bob", "Ann")]
    public async Task Me_lists_only_the_viewers_own_orders(string reader, string owner)
    {
        var (me, victim) = (Named(reader), Named(owner));
        var query = $$"""{ me { id name email orders(first: 100) { {{OrderPage}} } } }""";

        var attack = await shop.AskAsync(me, query);
        var control = await shop.AskAsync(victim, query);

        var orders = attack.Data().At("me", "orders");
        Assert.Equal(me.OrderIds.Length, orders.At("totalCount").GetInt32());
        Assert.Equal(NewestFirst(me), orders.At("nodes").Strings("id"));
        victim.AssertNothingOf(attack.Body);
        victim.AssertShows(control.Body, [victim.UserGlobalId, victim.Name, victim.Email, .. victim.OrderIds.Select(OrderGlobalId), .. victim.OrderTotals.Select(Total)]);
    }

    [Theory]
    [InlineData("Ann", "Bob")]
    [InlineData("Bob", "Ann")]
    public async Task The_customer_of_ones_own_order_lists_only_ones_own_orders(string reader, string owner)
    {
        var (me, victim) = (Named(reader), Named(owner));
        string Query(Party party) => $$"""
            { order(id: "{{OrderGlobalId(party.OrderIds[0])}}") { customer { id name orders(first: 100) { {{OrderPage}} } } } }
            """;

        var attack = await shop.AskAsync(me, Query(me));
        var control = await shop.AskAsync(victim, Query(victim));
        var admin = await shop.AskAsync(Ada, Query(victim));

        var orders = attack.Data().At("order", "customer", "orders");
        Assert.Equal(me.OrderIds.Length, orders.At("totalCount").GetInt32());
        Assert.Equal(NewestFirst(me), orders.At("nodes").Strings("id"));
        victim.AssertNothingOf(attack.Body);
        string[] shown = [victim.UserGlobalId, victim.Name, victim.Email, .. victim.OrderIds.Select(OrderGlobalId), .. victim.OrderTotals.Select(Total)];
        victim.AssertShows(control.Body, shown);
        victim.AssertShows(admin.Body, shown);
    }

    [Theory]
    [InlineData("Ann", "Bob", "first: 100")]
    [InlineData("Ann", "Bob", "last: 100")]
    [InlineData("Bob", "Ann", "first: 100")]
    [InlineData("Bob", "Ann", "last: 100")]
    public async Task Orders_lists_exactly_the_readers_own(string reader, string owner, string arguments)
    {
        var (me, victim) = (Named(reader), Named(owner));
        var query = $$"""{ orders({{arguments}}) { {{OrderPage}} } }""";

        var attack = await shop.AskAsync(me, query);
        var admin = await shop.AskAsync(Ada, query);

        var orders = attack.Data().At("orders");
        Assert.Equal(me.OrderIds.Length, orders.At("totalCount").GetInt32());
        Assert.Equal(NewestFirst(me), orders.At("nodes").Strings("id"));
        victim.AssertNothingOf(attack.Body);
        victim.AssertShows(admin.Body, [victim.UserGlobalId, victim.Name, victim.Email, .. victim.OrderIds.Select(OrderGlobalId), .. victim.OrderTotals.Select(Total)]);
    }

    [Theory]
    [InlineData("Ann", "Bob", "CANCELLED", new int[0], 4)]
    [InlineData("Ann", "Bob", "PENDING", new[] { 3 }, 5)]
    [InlineData("Bob", "Ann", "DELIVERED", new int[0], 1)]
    [InlineData("Bob", "Ann", "PAID", new int[0], 2)]
    [InlineData("Bob", "Ann", "PENDING", new[] { 5 }, 3)]
    public async Task Orders_filtered_by_status_lists_only_the_readers_own(string reader, string owner, string status, int[] readersOrders, int victimsOrder)
    {
        var (me, victim) = (Named(reader), Named(owner));
        var query = $$"""{ orders(where: { status: {{status}} }) { {{OrderPage}} } }""";

        var attack = await shop.AskAsync(me, query);
        var control = await shop.AskAsync(victim, query);

        var orders = attack.Data().At("orders");
        Assert.Equal(readersOrders.Length, orders.At("totalCount").GetInt32());
        Assert.Equal(readersOrders.Select(OrderGlobalId), orders.At("nodes").Strings("id"));
        victim.AssertNothingOf(attack.Body);
        Assert.Equal(new[] { OrderGlobalId(victimsOrder) }, control.Data().At("orders", "nodes").Strings("id"));
        victim.AssertShows(control.Body, OrderGlobalId(victimsOrder), victim.UserGlobalId, victim.Name, victim.Email, Total(victim.TotalOf(victimsOrder)));
    }

    /// <summary>KnownShop placed each customer's orders in ID order, on different days: newest first is by ID, descending.</summary>
    private static IEnumerable<string> NewestFirst(Party party) => Enumerable.Reverse(party.OrderIds).Select(OrderGlobalId);
}
