using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Infrastructure.KnownShop;

namespace GraphApi.Tests.Shop;

/// <summary>
/// <c>Query.me</c>, <c>Query.users</c> (admins only) and <c>User.orders</c>, the connection nested in a list: Ann
/// has orders 3, 2, 1 (newest first), Bob 5, 4, Ada none.
/// </summary>
public sealed class UserQueryTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    private static string OrderId(int id) => GlobalId.Encode("Order", id);

    [Fact]
    public async Task Me_is_the_signed_in_user()
    {
        var response = await shop.Host.PostAsync("{ me { id name email role createdAt } }", Bob);

        var me = response.Data().At("me");
        Assert.Equal(GlobalId.Encode("User", Bob.Id), me.At("id").GetString());
        Assert.Equal("Bob", me.At("name").GetString());
        Assert.Equal("bob@example.com", me.At("email").GetString());
        Assert.Equal("CUSTOMER", me.At("role").GetString());
        Assert.Equal("2025-01-02T00:00:00.000Z", me.At("createdAt").GetString());
    }

    [Fact]
    public async Task Me_needs_a_signed_in_user()
    {
        var response = await shop.Host.PostAsync("{ me { name } }");

        Assert.Equal(("Authentication is required to access field \"Query.me\".", "UNAUTHENTICATED"), response.SingleError());
        Assert.Equal(JsonValueKind.Null, response.Json.At("data", "me").ValueKind);
    }

    [Fact]
    public async Task My_orders_are_a_connection_of_my_own_orders()
    {
        var response = await shop.Host.PostAsync("{ me { orders(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } } }", Ann);

        var orders = response.Data().At("me", "orders");
        Assert.Equal(3, orders.At("totalCount").GetInt32());
        Assert.Equal(new[] { OrderId(3), OrderId(2) }, orders.At("nodes").Strings("id"));
        Assert.True(orders.At("pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task An_admin_lists_users_in_sign_up_order_a_page_at_a_time()
    {
        var first = await shop.Host.PostAsync("{ users(first: 2) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }", Ada);
        var cursor = first.Data().At("users", "pageInfo", "endCursor").GetString();
        var rest = await shop.Host.PostAsync($$"""{ users(first: 2, after: "{{cursor}}") { edges { node { name } } pageInfo { hasNextPage } } }""", Ada);

        Assert.Equal(3, first.Data().At("users", "totalCount").GetInt32());
        Assert.Equal(new[] { "Ann", "Bob" }, first.Data().At("users", "nodes").Strings("name"));
        Assert.Equal("Ada", rest.Data().At("users", "edges", 0, "node", "name").GetString());
        Assert.False(rest.Data().At("users", "pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Users_are_for_admins_only()
    {
        var customer = await shop.Host.PostAsync("{ users { totalCount } }", Ann);
        var partner = await shop.Host.PostAsync("{ users { totalCount } }", new TestUser(Bob.Id, "Partner"));
        var anonymous = await shop.Host.PostAsync("{ users { totalCount } }");

        Assert.Equal(("The current user is not authorized to access field \"Query.users\".", "AUTH_NOT_AUTHORIZED"), customer.SingleError());
        Assert.Equal("AUTH_NOT_AUTHORIZED", partner.SingleError().Code);
        Assert.Equal(("Authentication is required to access field \"Query.users\".", "UNAUTHENTICATED"), anonymous.SingleError());
        Assert.Equal(JsonValueKind.Null, customer.Json.At("data").ValueKind);
    }

    [Fact]
    public async Task Each_user_of_a_list_gets_their_own_page_of_orders()
    {
        var response = await shop.Host.PostAsync(
            "{ users { nodes { name orders(first: 1) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }", Ada);

        var users = response.Data().At("users", "nodes");
        Assert.Equal(new[] { OrderId(3) }, users.At(0, "orders", "nodes").Strings("id"));
        Assert.Equal(3, users.At(0, "orders", "totalCount").GetInt32());
        Assert.True(users.At(0, "orders", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(new[] { OrderId(5) }, users.At(1, "orders", "nodes").Strings("id"));
        Assert.Equal(2, users.At(1, "orders", "totalCount").GetInt32());
        Assert.Empty(users.At(2, "orders", "nodes").EnumerateArray());
        Assert.Equal(0, users.At(2, "orders", "totalCount").GetInt32());
        Assert.False(users.At(2, "orders", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, users.At(2, "orders", "pageInfo", "endCursor").ValueKind);
    }

    [Fact]
    public async Task Nested_pages_read_backward_filter_and_continue_after_a_cursor()
    {
        var oldest = await shop.Host.PostAsync("{ users { nodes { orders(last: 1) { nodes { id } pageInfo { hasPreviousPage } } } } }", Ada);
        var pending = await shop.Host.PostAsync("{ users { nodes { orders(where: { status: PENDING }) { totalCount nodes { id } } } } }", Ada);
        var cursor = (await shop.Host.PostAsync("{ me { orders(first: 1) { pageInfo { endCursor } } } }", Ann)).Data().At("me", "orders", "pageInfo", "endCursor").GetString();
        var next = await shop.Host.PostAsync($$"""{ me { orders(first: 5, after: "{{cursor}}") { nodes { id } } } }""", Ann);

        var users = oldest.Data().At("users", "nodes");
        Assert.Equal(new[] { OrderId(1) }, users.At(0, "orders", "nodes").Strings("id"));
        Assert.True(users.At(0, "orders", "pageInfo", "hasPreviousPage").GetBoolean());
        Assert.Equal(new[] { OrderId(4) }, users.At(1, "orders", "nodes").Strings("id"));
        var pendingUsers = pending.Data().At("users", "nodes");
        Assert.Equal(new[] { OrderId(3) }, pendingUsers.At(0, "orders", "nodes").Strings("id"));
        Assert.Equal(1, pendingUsers.At(0, "orders", "totalCount").GetInt32());
        Assert.Equal(new[] { OrderId(5) }, pendingUsers.At(1, "orders", "nodes").Strings("id"));
        Assert.Equal(new[] { OrderId(2), OrderId(1) }, next.Data().At("me", "orders", "nodes").Strings("id"));
    }

    [Fact]
    public async Task Bad_nested_paging_arguments_are_bad_user_input_errors()
    {
        var response = await shop.Host.PostAsync("{ me { orders(first: 500) { totalCount } } }", Ann);

        Assert.Equal(
            ("Argument \"first\" must be between 0 and 100, but got 500 (field \"User.orders\").", "BAD_USER_INPUT"),
            response.SingleError());
    }

    [Fact]
    public async Task A_partner_sees_the_customers_of_orders_and_no_other_user()
    {
        var partner = new TestUser(99, "Partner");
        var query = $$"""
            {
              bob: node(id: "{{GlobalId.Encode("User", Bob.Id)}}") { ... on User { name orders { totalCount } } }
              ada: node(id: "{{GlobalId.Encode("User", Ada.Id)}}") { ... on User { name } }
              order(id: "{{OrderId(4)}}") { customer { name email } }
            }
            """;

        var response = await shop.Host.PostAsync(query, partner);

        // Bob placed orders, so a partner reads him (and his orders); Ada placed none, so she is not theirs to see.
        Assert.Null(response.Json.TryGetProperty("errors", out var errors) ? errors.GetRawText() : null);
        Assert.Equal("Bob", response.Data().At("bob", "name").GetString());
        Assert.Equal(2, response.Data().At("bob", "orders", "totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, response.Data().At("ada").ValueKind);
        Assert.Equal("bob@example.com", response.Data().At("order", "customer", "email").GetString());
    }
}
