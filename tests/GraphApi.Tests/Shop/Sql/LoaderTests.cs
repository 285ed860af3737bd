using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Orders;
using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Paging;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.DataLoader;
using GraphApi.GraphQL.Types;
using GraphApi.Tests.Shop.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Shop.Sql;

/// <summary>
/// Every DataLoader of the read API reads all the keys queued at one level in one SQL statement (the relations
/// order → customer, line → product, product → category, user → orders, and the by-ID loaders behind
/// node/nodes), and answers each key: missing and invisible rows load as null.
/// </summary>
public sealed class LoaderTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    private static readonly Schema Schema = SchemaBuilder.Build(File.ReadAllText(RepoPaths.Combine("schema", "schema.graphql")));
    private static readonly Viewer AnnViewer = new(KnownShop.Ann.Id, IsAdmin: false, IsPartner: false);
    private static readonly Viewer AdminViewer = new(KnownShop.Ada.Id, IsAdmin: true, IsPartner: false);

    private static Projection<T> Project<T>(ProjectionMap<T> map, string selectionSet, params System.Linq.Expressions.LambdaExpression[] alsoRead)
        where T : class => map.For(ParsedSelection.On((ObjectType)Schema.GetType(map.TypeName)!, selectionSet), alsoRead);

    /// <summary>Queues loads through the request's loaders, dispatches once, and returns the results with the statements sent.</summary>
    private async Task<(T[] Results, int Statements)> LoadAsync<T>(Func<RequestLoaders, IEnumerable<Task<T>>> load)
    {
        using var scope = shop.Host.Services.CreateScope();
        using var log = SqlCommandCounter.Begin();
        var loads = load(scope.ServiceProvider.GetRequiredService<RequestLoaders>()).ToArray();
        await scope.ServiceProvider.GetRequiredService<DataLoaderScope>().DispatchAsync(CancellationToken.None);
        return (await Task.WhenAll(loads), log.Count);
    }

    [Fact]
    public async Task Products_by_id_line_to_product()
    {
        var projection = Project(ProductProjections.Product, "name category { name }");

        var (products, statements) = await LoadAsync(loaders => new[] { 3, 1, 999, 3 }.Select(id => ProductByIdLoader.Of(loaders, projection).LoadAsync(id)));

        Assert.Equal(1, statements);
        Assert.Equal(new[] { "Chess Set", "Atlas", null, "Chess Set" }, products.Select(p => p?.Name));
        Assert.Equal("Games", products[0]!.Category.Name);
    }

    [Fact]
    public async Task Categories_by_id_product_to_category()
    {
        var projection = Project(ProductProjections.Category, "name");

        var (categories, statements) = await LoadAsync(loaders => new[] { 2, 1, 3 }.Select(id => CategoryByIdLoader.Of(loaders, projection).LoadAsync(id)));

        Assert.Equal(1, statements);
        Assert.Equal(new[] { "Games", "Books", "Tools" }, categories.Select(c => c?.Name));
    }

    [Fact]
    public async Task Users_by_id_order_to_customer_only_as_far_as_the_viewer_sees()
    {
        var projection = Project(UserProjections.User, "name");

        var (asAdmin, adminStatements) = await LoadAsync(loaders => new[] { 1, 2 }.Select(id => UserByIdLoader.Of(loaders, projection, AdminViewer).LoadAsync(id)));
        var (asAnn, annStatements) = await LoadAsync(loaders => new[] { 1, 2 }.Select(id => UserByIdLoader.Of(loaders, projection, AnnViewer).LoadAsync(id)));
        var (anonymous, anonymousStatements) = await LoadAsync(loaders => new[] { 1, 2 }.Select(id => UserByIdLoader.Of(loaders, projection, null).LoadAsync(id)));

        Assert.Equal(new[] { "Ann", "Bob" }, asAdmin.Select(u => u?.DisplayName));
        Assert.Equal(new[] { "Ann", null }, asAnn.Select(u => u?.DisplayName));
        Assert.All(anonymous, Assert.Null);
        Assert.Equal((1, 1, 0), (adminStatements, annStatements, anonymousStatements));
    }

    [Fact]
    public async Task Orders_by_id_only_as_far_as_the_viewer_sees()
    {
        var projection = Project(OrderProjections.Order, "status");

        var (orders, statements) = await LoadAsync(loaders => new[] { 1, 4, 2 }.Select(id => OrderByIdLoader.Of(loaders, projection, AnnViewer).LoadAsync(id)));

        Assert.Equal(1, statements);
        Assert.Equal(new OrderStatus?[] { OrderStatus.Delivered, null, OrderStatus.Paid }, orders.Select(o => o?.Status));
    }

    [Fact]
    public async Task Lines_by_order()
    {
        var projection = Project(OrderProjections.Line, "quantity product { name }", (OrderLine l) => l.OrderId);

        var (lines, statements) = await LoadAsync(loaders => new[] { 3, 1, 999 }.Select(id => LinesByOrderLoader.Of(loaders, projection).LoadAsync(id)));

        Assert.Equal(1, statements);
        Assert.Equal(new[] { "50% Off Puzzle", "Atlas", "Board Game" }, lines[0].Select(l => l.Product.Name));
        Assert.Equal(new[] { 1, 2 }, lines[1].Select(l => l.Quantity));
        Assert.Empty(lines[2]);
    }

    [Fact]
    public async Task Pages_of_orders_by_customer_and_their_counts()
    {
        var order = OrderQueries.NewestFirst;
        var projection = Project(OrderProjections.Order, "status", [.. order.Members, (Order o) => o.CustomerId]);
        var page = new PageRequest(2, false, null, null);

        var (pages, pageStatements) = await LoadAsync(loaders =>
            new[] { 1, 2, 3 }.Select(id => OrderPageByCustomerLoader.Of(loaders, projection, AdminViewer, null, page).LoadAsync(id)));
        var (counts, countStatements) = await LoadAsync(loaders =>
            new[] { 1, 2, 3 }.Select(id => OrderCountByCustomerLoader.Of(loaders, AdminViewer, null).LoadAsync(id)));

        Assert.Equal(1, pageStatements);
        Assert.All(pages, Assert.NotNull);
        Assert.Equal(new[] { 3, 2 }, pages[0]!.Nodes.Select(o => o.Id));
        Assert.True(pages[0]!.PageInfo.HasNextPage);
        Assert.Equal(new[] { 5, 4 }, pages[1]!.Nodes.Select(o => o.Id));
        Assert.False(pages[1]!.PageInfo.HasNextPage);
        Assert.Empty(pages[2]!.Nodes);
        Assert.Equal(1, countStatements);
        Assert.Equal(new[] { 3, 2, 0 }, counts);
    }

    [Fact]
    public async Task A_batch_larger_than_the_limit_is_split()
    {
        var projection = Project(ProductProjections.Product, "name");
        var ids = Enumerable.Range(1, RequestLoaders.MaxBatchSize + 1);

        var (products, statements) = await LoadAsync(loaders => ids.Select(id => ProductByIdLoader.Of(loaders, projection).LoadAsync(id)));

        Assert.Equal(2, statements);
        Assert.Equal(7, products.Count(p => p is not null));
    }
}
