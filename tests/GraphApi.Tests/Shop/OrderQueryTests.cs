using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Infrastructure.KnownShop;

namespace GraphApi.Tests.Shop;

/// <summary>
/// <c>Query.order</c> and <c>Query.orders</c>: customers see their own orders (Ann: 1, 2, 3; Bob: 4, 5), admins
/// every order, anonymous requests none.
/// </summary>
public sealed class OrderQueryTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    private static string OrderId(int id) => GlobalId.Encode("Order", id);

    private async Task<IEnumerable<string?>> OrderIdsAsync(TestUser user, string arguments = "first: 10")
    {
        var response = await shop.Host.PostAsync($$"""{ orders({{arguments}}) { nodes { id } } }""", user);
        return response.Data().At("orders", "nodes").Strings("id");
    }

    private static IEnumerable<string> Ids(params int[] ids) => ids.Select(OrderId);

    [Fact]
    public async Task A_customer_lists_their_own_orders_newest_first()
    {
        Assert.Equal(Ids(3, 2, 1), await OrderIdsAsync(Ann));
        Assert.Equal(Ids(5, 4), await OrderIdsAsync(Bob));
    }

    [Fact]
    public async Task An_admin_lists_every_order_newest_first_ties_by_id()
    {
        // Orders 2 and 4 were placed at the same time.
        Assert.Equal(Ids(5, 3, 4, 2, 1), await OrderIdsAsync(Ada));
    }

    [Fact]
    public async Task Orders_are_filtered_by_status_within_what_the_viewer_sees()
    {
        Assert.Equal(Ids(3), await OrderIdsAsync(Ann, "where: { status: PENDING }"));
        Assert.Equal(Ids(5, 3), await OrderIdsAsync(Ada, "where: { status: PENDING }"));
        Assert.Empty(await OrderIdsAsync(Bob, "where: { status: DELIVERED }"));
    }

    [Fact]
    public async Task Orders_page_with_cursors_and_count_what_the_viewer_sees()
    {
        var first = await shop.Host.PostAsync("{ orders(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }", Ann);
        var cursor = first.Data().At("orders", "pageInfo", "endCursor").GetString();
        var rest = await shop.Host.PostAsync($$"""{ orders(first: 2, after: "{{cursor}}") { nodes { id } pageInfo { hasNextPage } } }""", Ann);
        var all = await shop.Host.PostAsync("{ orders { totalCount } }", Ada);

        Assert.Equal(3, first.Data().At("orders", "totalCount").GetInt32());
        Assert.Equal(Ids(3, 2), first.Data().At("orders", "nodes").Strings("id"));
        Assert.True(first.Data().At("orders", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(Ids(1), rest.Data().At("orders", "nodes").Strings("id"));
        Assert.False(rest.Data().At("orders", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(5, all.Data().At("orders", "totalCount").GetInt32());
    }

    [Fact]
    public async Task An_order_reads_its_lines_products_amounts_and_customer()
    {
        var response = await shop.Host.PostAsync($$"""
            { order(id: "{{OrderId(1)}}") {
                id status placedAt updatedAt total { amount currency }
                lines { quantity unitPrice { amount currency } lineTotal { amount } product { name category { name } } }
                customer { id name email role createdAt } } }
            """, Ann);

        var order = response.Data().At("order");
        Assert.Equal(OrderId(1), order.At("id").GetString());
        Assert.Equal("DELIVERED", order.At("status").GetString());
        Assert.Equal("2025-02-01T12:00:00.000Z", order.At("placedAt").GetString());
        Assert.Equal("104.48", order.At("total", "amount").GetRawText());
        Assert.Equal("EUR", order.At("total", "currency").GetString());
        var lines = order.At("lines");
        Assert.Equal(2, lines.GetArrayLength());
        Assert.Equal(new[] { "Atlas", "Chess Set" }, lines.EnumerateArray().Select(l => l.At("product", "name").GetString()));
        Assert.Equal(new[] { "Books", "Games" }, lines.EnumerateArray().Select(l => l.At("product", "category", "name").GetString()));
        Assert.Equal(2, lines.At(1, "quantity").GetInt32());
        Assert.Equal("45.99", lines.At(1, "unitPrice", "amount").GetRawText());
        Assert.Equal("EUR", lines.At(1, "unitPrice", "currency").GetString());
        Assert.Equal("91.98", lines.At(1, "lineTotal", "amount").GetRawText());
        var customer = order.At("customer");
        Assert.Equal(GlobalId.Encode("User", Ann.Id), customer.At("id").GetString());
        Assert.Equal("Ann", customer.At("name").GetString());
        Assert.Equal("ann@example.com", customer.At("email").GetString());
        Assert.Equal("CUSTOMER", customer.At("role").GetString());
        Assert.Equal("2025-01-01T00:00:00.000Z", customer.At("createdAt").GetString());
    }

    [Fact]
    public async Task Another_customers_order_is_null_as_if_it_did_not_exist()
    {
        var response = await shop.Host.PostAsync($$"""{ order(id: "{{OrderId(4)}}") { id } }""", Ann);

        Assert.Equal(JsonValueKind.Null, response.Data().At("order").ValueKind);
    }

    [Fact]
    public async Task An_admin_reads_any_order()
    {
        var response = await shop.Host.PostAsync($$"""{ order(id: "{{OrderId(4)}}") { status customer { name } } }""", Ada);

        Assert.Equal("CANCELLED", response.Data().At("order", "status").GetString());
        Assert.Equal("Bob", response.Data().At("order", "customer", "name").GetString());
    }

    [Theory]
    [InlineData("{ orders { totalCount } }", "Authentication is required to access field \"Query.orders\".")]
    [InlineData("{ order(id: \"T3JkZXI6MQ==\") { id } }", "Authentication is required to access field \"Query.order\".")]
    public async Task Anonymous_requests_get_an_unauthenticated_error_and_null(string query, string message)
    {
        var response = await shop.Host.PostAsync(query);

        Assert.Equal((message, "UNAUTHENTICATED"), response.SingleError());
        // orders is non-null, so its error nulls the data; order is nullable and is null itself.
        var data = response.Json.At("data");
        Assert.True(data.ValueKind == JsonValueKind.Null || data.EnumerateObject().Single().Value.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task An_order_id_of_another_type_is_a_bad_user_input_error()
    {
        var response = await shop.Host.PostAsync($$"""{ order(id: "{{GlobalId.Encode("Product", 1)}}") { id } }""", Ann);

        Assert.Equal("BAD_USER_INPUT", response.SingleError().Code);
    }
}
