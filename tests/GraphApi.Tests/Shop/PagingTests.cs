using System.Text.Json;
using GraphApi.Features.Paging;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Infrastructure.KnownShop;

namespace GraphApi.Tests.Shop;

/// <summary>
/// Relay cursor pagination of <c>Query.products</c> (the same code pages every connection): forward, backward,
/// between two cursors, its limits, and cursors that are not this list's. By name the products are
/// 6, 1, 2, 3, 4, 5, 7.
/// </summary>
public sealed class PagingTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    private const string Page = "edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private async Task<JsonElement> ProductsAsync(string arguments)
    {
        var parenthesized = arguments.Length == 0 ? "" : "(" + arguments + ")";
        var response = await shop.Host.PostAsync($$"""{ products{{parenthesized}} { {{Page}} } }""");
        return response.Data().At("products");
    }

    private static IEnumerable<string?> Names(JsonElement connection) =>
        connection.At("edges").EnumerateArray().Select(e => e.At("node", "name").GetString());

    private static string Cursor(JsonElement connection, int edge) => connection.At("edges", edge, "cursor").GetString()!;

    private static bool Flag(JsonElement connection, string name) => connection.At("pageInfo", name).GetBoolean();

    [Fact]
    public async Task First_and_after_walk_the_list_forward_without_gaps_or_overlaps()
    {
        var first = await ProductsAsync("first: 3");
        var second = await ProductsAsync($"""first: 3, after: "{first.At("pageInfo", "endCursor").GetString()}" """);
        var third = await ProductsAsync($"""first: 3, after: "{second.At("pageInfo", "endCursor").GetString()}" """);

        Assert.Equal(new[] { 6, 1, 2 }.Select(id => ProductNames[id]), Names(first));
        Assert.Equal(new[] { 3, 4, 5 }.Select(id => ProductNames[id]), Names(second));
        Assert.Equal(new[] { ProductNames[7] }, Names(third));
        Assert.True(Flag(first, "hasNextPage"));
        Assert.True(Flag(second, "hasNextPage"));
        Assert.False(Flag(third, "hasNextPage"));
        // Paging forward, whether earlier rows exist is not looked up (Relay allows false).
        Assert.False(Flag(second, "hasPreviousPage"));
    }

    [Fact]
    public async Task Last_and_before_walk_the_list_backward_in_list_order()
    {
        var last = await ProductsAsync("last: 3");
        var before = await ProductsAsync($"""last: 3, before: "{last.At("pageInfo", "startCursor").GetString()}" """);
        var start = await ProductsAsync($"""last: 3, before: "{before.At("pageInfo", "startCursor").GetString()}" """);

        Assert.Equal(new[] { 4, 5, 7 }.Select(id => ProductNames[id]), Names(last));
        Assert.Equal(new[] { 1, 2, 3 }.Select(id => ProductNames[id]), Names(before));
        Assert.Equal(new[] { ProductNames[6] }, Names(start));
        Assert.True(Flag(last, "hasPreviousPage"));
        Assert.True(Flag(before, "hasPreviousPage"));
        Assert.False(Flag(start, "hasPreviousPage"));
        Assert.False(Flag(last, "hasNextPage"));
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_on_both_sides()
    {
        var all = await ProductsAsync("first: 7");

        var between = await ProductsAsync($"""first: 10, after: "{Cursor(all, 1)}", before: "{Cursor(all, 5)}" """);
        var lastBetween = await ProductsAsync($"""last: 2, after: "{Cursor(all, 1)}", before: "{Cursor(all, 5)}" """);

        Assert.Equal(new[] { 2, 3, 4 }.Select(id => ProductNames[id]), Names(between));
        Assert.False(Flag(between, "hasNextPage"));
        Assert.Equal(new[] { 3, 4 }.Select(id => ProductNames[id]), Names(lastBetween));
        Assert.True(Flag(lastBetween, "hasPreviousPage"));
    }

    [Fact]
    public async Task Cursors_are_those_of_the_edges_and_page_info_names_the_first_and_last()
    {
        var page = await ProductsAsync("first: 2");

        Assert.Equal(Cursor(page, 0), page.At("pageInfo", "startCursor").GetString());
        Assert.Equal(Cursor(page, 1), page.At("pageInfo", "endCursor").GetString());
        Assert.NotEqual(Cursor(page, 0), Cursor(page, 1));
    }

    [Fact]
    public async Task An_empty_page_has_no_cursors_but_says_whether_more_follows()
    {
        var none = await ProductsAsync("first: 0");
        var nothingMatches = await ProductsAsync("""first: 5, where: { nameContains: "no such product" }""");

        Assert.Empty(none.At("edges").EnumerateArray());
        Assert.True(Flag(none, "hasNextPage"));
        Assert.Equal(JsonValueKind.Null, none.At("pageInfo", "startCursor").ValueKind);
        Assert.Equal(JsonValueKind.Null, none.At("pageInfo", "endCursor").ValueKind);
        Assert.False(Flag(nothingMatches, "hasNextPage"));
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_the_default_size()
    {
        var all = await ProductsAsync("");

        Assert.Equal(7, all.At("edges").GetArrayLength());
        Assert.Equal(20, PageRequest.DefaultSize);
    }

    [Fact]
    public async Task A_page_may_hold_the_maximum_size()
    {
        var page = await ProductsAsync($"first: {PageRequest.MaxSize}");

        Assert.Equal(7, page.At("edges").GetArrayLength());
    }

    [Theory]
    [InlineData("first: 101", "Argument \"first\" must be between 0 and 100, but got 101 (field \"Query.products\").")]
    [InlineData("last: 1000", "Argument \"last\" must be between 0 and 100, but got 1000 (field \"Query.products\").")]
    [InlineData("first: -1", "Argument \"first\" must be between 0 and 100, but got -1 (field \"Query.products\").")]
    [InlineData("first: 1, last: 1", "Pass either \"first\" or \"last\", not both (field \"Query.products\").")]
    [InlineData("after: \"bm90IGEgY3Vyc29y\"", "Argument \"after\" is not a cursor of this list in this order: \"bm90IGEgY3Vyc29y\" (field \"Query.products\").")]
    [InlineData("before: \"%%%\"", "Argument \"before\" is not a cursor of this list in this order: \"%%%\" (field \"Query.products\").")]
    public async Task Bad_paging_arguments_are_bad_user_input_errors(string arguments, string message)
    {
        var response = await shop.Host.PostAsync($$"""{ products({{arguments}}) { totalCount } }""");

        Assert.Equal((message, "BAD_USER_INPUT"), response.SingleError());
        Assert.Equal(JsonValueKind.Null, response.Json.At("data").ValueKind);
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_refused()
    {
        var byPrice = await ProductsAsync("first: 1, order: { field: PRICE }");

        var response = await shop.Host.PostAsync($$"""{ products(after: "{{Cursor(byPrice, 0)}}") { totalCount } }""");

        Assert.Equal("BAD_USER_INPUT", response.SingleError().Code);
    }

    [Fact]
    public async Task Paging_by_a_key_with_ties_uses_the_id_to_split_them()
    {
        // Products 1 and 7 cost 12.50 each; a page boundary between them must neither repeat nor skip one.
        var first = await ProductsAsync("first: 2, order: { field: PRICE }");
        var next = await ProductsAsync($$"""first: 2, order: { field: PRICE }, after: "{{Cursor(first, 1)}}" """);

        Assert.Equal(new[] { ProductNames[6], ProductNames[1] }, Names(first));
        Assert.Equal(new[] { ProductNames[7], ProductNames[4] }, Names(next));
    }
}
