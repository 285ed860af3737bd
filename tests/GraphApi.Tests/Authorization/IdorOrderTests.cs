using System.Text.Json;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Authorization.Party;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// Insecure direct object references through the root fields that take IDs (<c>order</c>, <c>node</c>, <c>nodes</c>,
/// and many of them aliased in one request): with their own bearer token, a customer asks for another customer's
/// orders and account by ID and gets nothing of theirs. Each attack is paired with its positive control, the same
/// query run by the owner (or the admin), which must show what the attack must not.
/// </summary>
public sealed class IdorOrderTests(SignedInShop shop) : IClassFixture<SignedInShop>
{
    private const string OrderFields = "id status placedAt total { amount } lines { quantity lineTotal { amount } } customer { id name email }";

    private const string StolenOrderFields = "id status total { amount } customer { name email } lines { quantity }";

    [Theory]
    [InlineData("Ann", "Bob", 4)]
    [InlineData("Ann", "Bob", 5)]
    [InlineData("Bob", "Ann", 1)]
    [InlineData("Bob", "Ann", 2)]
    [InlineData("Bob", "Ann", 3)]
    public async Task Order_by_the_id_of_someone_elses_order_is_null(string reader, string owner, int orderId)
    {
        var victim = Named(owner);
        var query = $$"""{ order(id: "{{OrderGlobalId(orderId)}}") { {{OrderFields}} } }""";

        var attack = await shop.AskAsync(Named(reader), query);
        var control = await shop.AskAsync(victim, query);

        Assert.Equal(JsonValueKind.Null, attack.Data().At("order").ValueKind);
        victim.AssertNothingOf(attack.Body);
        victim.AssertShows(control.Body, OrderGlobalId(orderId), victim.UserGlobalId, victim.Name, victim.Email, Total(victim.TotalOf(orderId)));
    }

    [Theory]
    [InlineData("Ann", "Bob", 4, false)]
    [InlineData("Ann", "Bob", 4, true)]
    [InlineData("Ann", "Bob", 5, false)]
    [InlineData("Ann", "Bob", 5, true)]
    [InlineData("Bob", "Ann", 1, false)]
    [InlineData("Bob", "Ann", 1, true)]
    [InlineData("Bob", "Ann", 3, false)]
    [InlineData("Bob", "Ann", 3, true)]
    public async Task Node_by_the_id_of_someone_elses_order_is_null(string reader, string owner, int orderId, bool namedFragment)
    {
        var victim = Named(owner);
        var id = OrderGlobalId(orderId);
        var query = namedFragment
            ? $$"""query { node(id: "{{id}}") { __typename ...Stolen } } fragment Stolen on Order { {{StolenOrderFields}} }"""
            : $$"""{ node(id: "{{id}}") { __typename ... on Order { {{StolenOrderFields}} } } }""";

        var attack = await shop.AskAsync(Named(reader), query);
        var control = await shop.AskAsync(victim, query);

        Assert.Equal(JsonValueKind.Null, attack.Data().At("node").ValueKind);
        victim.AssertNothingOf(attack.Body);
        victim.AssertShows(control.Body, id, victim.Name, victim.Email, Total(victim.TotalOf(orderId)));
    }

    [Theory]
    [InlineData("Ann", "Bob")]
    [InlineData("Bob", "Ann")]
    public async Task Nodes_answers_null_at_each_position_of_someone_elses_and_the_readers_own_order_in_place(string reader, string owner)
    {
        var (me, victim) = (Named(reader), Named(owner));
        var ids = victim.OrderIds.Select(OrderGlobalId).Prepend(OrderGlobalId(me.OrderIds[0])).Append(victim.UserGlobalId).ToArray();
        var query = $$"""
            { nodes(ids: {{JsonSerializer.Serialize(ids)}}) {
                __typename id
                ... on Order { total { amount } customer { id name email } }
                ... on User { name email } } }
            """;

        var attack = await shop.AskAsync(me, query);
        var control = await shop.AskAsync(victim, query);
        var admin = await shop.AskAsync(Ada, query);

        var nodes = attack.Data().At("nodes");
        Assert.Equal(ids.Length, nodes.GetArrayLength());
        Assert.Equal(ids[0], nodes.At(0, "id").GetString());
        Assert.All(nodes.EnumerateArray().Skip(1), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
        victim.AssertNothingOf(attack.Body);

        // The owner sees every position but the reader's order; the admin sees them all.
        Assert.Equal(
            ids.Select((_, i) => i == 0 ? JsonValueKind.Null : JsonValueKind.Object),
            control.Data().At("nodes").EnumerateArray().Select(n => n.ValueKind));
        Assert.All(admin.Data().At("nodes").EnumerateArray(), node => Assert.Equal(JsonValueKind.Object, node.ValueKind));
        victim.AssertShows(control.Body, [.. ids.Skip(1), victim.Name, victim.Email, .. victim.OrderTotals.Select(Total)]);
        victim.AssertShows(admin.Body, [.. ids.Skip(1), victim.Name, victim.Email, .. victim.OrderTotals.Select(Total)]);
    }

    [Theory]
    [InlineData("Ann", "Bob")]
    [InlineData("Bob", "Ann")]
    public async Task A_batch_of_aliases_answers_only_the_readers_own_order(string reader, string owner)
    {
        var (me, victim) = (Named(reader), Named(owner));
        var (first, second) = (OrderGlobalId(victim.OrderIds[0]), OrderGlobalId(victim.OrderIds[1]));
        var mine = OrderGlobalId(me.OrderIds[0]);
        var query = $$"""
            {
              o1: order(id: "{{first}}") { id total { amount } customer { email } }
              o2: order(id: "{{second}}") { id total { amount } customer { email } }
              n1: node(id: "{{first}}") { id ... on Order { status customer { name } } }
              u: node(id: "{{victim.UserGlobalId}}") { id ... on User { name email } }
              mine: order(id: "{{mine}}") { id }
            }
            """;

        var attack = await shop.AskAsync(me, query);
        var admin = await shop.AskAsync(Ada, query);

        var data = attack.Data();
        Assert.All(new[] { "o1", "o2", "n1", "u" }, alias => Assert.Equal(JsonValueKind.Null, data.At(alias).ValueKind));
        Assert.Equal(mine, data.At("mine", "id").GetString());
        victim.AssertNothingOf(attack.Body);

        var all = admin.Data();
        Assert.All(new[] { "o1", "o2", "n1", "u", "mine" }, alias => Assert.Equal(JsonValueKind.Object, all.At(alias).ValueKind));
        victim.AssertShows(admin.Body, first, second, victim.UserGlobalId, victim.Name, victim.Email, Total(victim.OrderTotals[0]), Total(victim.OrderTotals[1]));
    }

    [Theory]
    [InlineData("order", 4)]
    [InlineData("order", 5)]
    [InlineData("node", 4)]
    [InlineData("nodes", 5)]
    public async Task Someone_elses_order_answers_exactly_as_one_that_does_not_exist(string field, int orderId)
    {
        // Any difference (an error, a message) would tell a customer which IDs belong to other customers.
        string Query(string id) => field switch
        {
            "order" => $$"""{ order(id: "{{id}}") { id status } }""",
            "node" => $$"""{ node(id: "{{id}}") { id ... on Order { status } } }""",
            _ => $$"""{ nodes(ids: ["{{id}}"]) { id ... on Order { status } } }""",
        };
        var (bobs, missing) = (OrderGlobalId(orderId), OrderGlobalId(999));

        var someoneElses = await shop.AskAsync(Ann, Query(bobs));
        var none = await shop.AskAsync(Ann, Query(missing));

        Assert.Equal(none.Body, someoneElses.Body);
        Assert.Equal(none.Status, someoneElses.Status);
        Bob.AssertShows((await shop.AskAsync(Bob, Query(bobs))).Body, bobs);
    }

    [Fact]
    public async Task An_anonymous_order_by_id_is_an_unauthenticated_error_with_null()
    {
        var query = $$"""{ order(id: "{{OrderGlobalId(5)}}") { id total { amount } customer { name email } } }""";

        var anonymous = await shop.AskAsync(null, query);
        var control = await shop.AskAsync(Bob, query);

        Assert.Equal("UNAUTHENTICATED", anonymous.SingleError().Code);
        Assert.Equal(JsonValueKind.Null, anonymous.Json.At("data", "order").ValueKind);
        Bob.AssertNothingOf(anonymous.Body);
        Bob.AssertShows(control.Body, OrderGlobalId(5), Bob.Name, Bob.Email, Total(25m));
    }

    [Fact]
    public async Task An_anonymous_node_of_an_order_or_a_user_is_null()
    {
        var query = $$"""
            {
              order: node(id: "{{OrderGlobalId(4)}}") { id ... on Order { total { amount } customer { name email } } }
              user: node(id: "{{Bob.UserGlobalId}}") { id ... on User { name email } }
              both: nodes(ids: ["{{OrderGlobalId(5)}}", "{{Bob.UserGlobalId}}"]) { id }
            }
            """;

        var anonymous = await shop.AskAsync(null, query);
        var control = await shop.AskAsync(Bob, query);

        var data = anonymous.Data();
        Assert.Equal(JsonValueKind.Null, data.At("order").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.At("user").ValueKind);
        Assert.All(data.At("both").EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
        Bob.AssertNothingOf(anonymous.Body);
        Bob.AssertShows(control.Body, OrderGlobalId(4), OrderGlobalId(5), Bob.UserGlobalId, Bob.Name, Bob.Email, Total(19.99m));
    }
}
