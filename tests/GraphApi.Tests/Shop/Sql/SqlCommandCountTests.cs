using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Shop.Sql;

/// <summary>
/// The measured promise: a query costs one SQL statement per list level, whatever the page size (no N+1), as
/// the response's <c>extensions.sqlCommands</c> (counted by an EF Core command interceptor) reports. The shop
/// is seeded so that every page is full: user 1 (the demo customer) has well over 50 orders.
/// </summary>
public sealed class SqlCommandCountTests : IAsyncLifetime
{
    private static readonly TestUser Customer = new(1);
    private static readonly TestUser Admin = TestUser.Admin(2);

    private ShopHost? _host;

    private ShopHost Host => _host!;

    public async Task InitializeAsync() => _host = await ShopHost.StartAsync(null, ("Products", "120"), ("Users", "4"), ("Orders", "600"));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private async Task<(int Statements, System.Text.Json.JsonElement Data)> RunAsync(string query, TestUser? user = null, object? variables = null)
    {
        var response = await Host.PostAsync(query, user, variables);
        return (response.Json.At("extensions", "sqlCommands").GetInt32(), response.Data());
    }

    [Fact]
    public async Task My_orders_with_lines_products_and_categories_take_two_statements_at_any_page_size()
    {
        var (one, onePage) = await RunAsync(MobileQueries.MyOrders, Customer, MobileQueries.First(1));
        var (fifty, fiftyPage) = await RunAsync(MobileQueries.MyOrders, Customer, MobileQueries.First(50));

        Assert.Equal(1, onePage.At("orders", "nodes").GetArrayLength());
        Assert.Equal(50, fiftyPage.At("orders", "nodes").GetArrayLength());
        Assert.All(fiftyPage.At("orders", "nodes").EnumerateArray(), order =>
        {
            Assert.NotEqual(0, order.At("lines").GetArrayLength());
            Assert.All(order.At("lines").EnumerateArray(), line => Assert.NotNull(line.At("product", "category", "name").GetString()));
        });
        Assert.Equal(2, one);
        Assert.Equal(2, fifty);
    }

    [Fact]
    public async Task A_product_list_page_takes_one_statement_at_any_page_size()
    {
        var (one, onePage) = await RunAsync(MobileQueries.ProductList, variables: MobileQueries.First(1));
        var (fifty, fiftyPage) = await RunAsync(MobileQueries.ProductList, variables: MobileQueries.First(50));

        Assert.Equal(1, onePage.At("products", "edges").GetArrayLength());
        Assert.Equal(50, fiftyPage.At("products", "edges").GetArrayLength());
        Assert.Equal(1, one);
        Assert.Equal(1, fifty);
    }

    [Fact]
    public async Task Users_with_their_orders_take_three_statements_whatever_the_nested_page_size()
    {
        var (one, onePage) = await RunAsync(MobileQueries.CustomersWithOrders(50, 1), Admin);
        var (fifty, fiftyPage) = await RunAsync(MobileQueries.CustomersWithOrders(50, 50), Admin);

        Assert.Equal(7, onePage.At("users", "nodes").GetArrayLength());
        Assert.Equal(50, fiftyPage.At("users", "nodes", 0, "orders", "nodes").GetArrayLength());
        Assert.Equal(3, one);
        Assert.Equal(3, fifty);
    }

    [Fact]
    public async Task A_total_count_costs_one_statement_and_only_when_asked_for()
    {
        var (without, _) = await RunAsync("{ products(first: 5) { nodes { name } } }");
        var (with, data) = await RunAsync("{ products(first: 5) { totalCount nodes { name } } }");
        var (nested, _) = await RunAsync("{ users(first: 50) { nodes { orders(first: 2) { totalCount } } } }", Admin);

        Assert.Equal(1, without);
        Assert.Equal(2, with);
        Assert.Equal(120, data.At("products", "totalCount").GetInt32());
        // The users, one statement for every user's page, one for every user's count.
        Assert.Equal(3, nested);
    }

    [Fact]
    public async Task Fields_selecting_the_same_columns_at_one_level_share_a_statement()
    {
        var (statements, _) = await RunAsync("""
            { orders(first: 20) { nodes { a: lines { quantity } b: lines { quantity } customer { name } } } }
            """, Customer);

        Assert.Equal(2, statements);
    }
}
