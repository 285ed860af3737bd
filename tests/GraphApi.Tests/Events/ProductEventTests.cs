using GraphApi.Features.Events;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Events.Infrastructure;

namespace GraphApi.Tests.Events;

/// <summary>
/// What the catalogue's mutations record: a price change as ProductPriceChanged, and every change as
/// ProductChanged naming the fields of Product that changed; a change that changes nothing records nothing.
/// </summary>
public sealed class ProductEventTests(EventsHostFixture fixture) : IClassFixture<EventsHostFixture>
{
    private EventShop Shop { get; } = new(fixture.Host);

    private EventsHost Host => fixture.Host;

    /// <summary>The events recorded while <paramref name="act"/> ran, in order.</summary>
    private async Task<List<ShopEvent>> RecordedAsync(Func<Task> act)
    {
        var before = await Host.Store.MaxIdAsync(default);
        await act();
        var after = await Host.Store.MaxIdAsync(default);
        return (await Host.Store.ReadRangeAsync(before, after, 100, null, default)).Events.Select(e => e.Event).ToList();
    }

    private static int ProductKey(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    [Fact]
    public async Task Updating_a_product_records_the_fields_that_changed()
    {
        var admin = await Shop.AdminAsync();
        var product = (await Shop.ProductsInStockAsync())[1];

        var recorded = await RecordedAsync(() => Shop.ExecuteAsync(
            "mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { errors { __typename } } }",
            new { input = new { productId = product, name = "Renamed " + Guid.NewGuid().ToString("N")[..8], description = "New words" } },
            admin));

        var changed = Assert.IsType<ProductChanged>(Assert.Single(recorded));
        Assert.Equal(ProductKey(product), changed.ProductId);
        Assert.Equal(["name", "description"], changed.Fields);
    }

    [Fact]
    public async Task Setting_a_price_records_the_old_and_new_price_and_a_change_of_price()
    {
        var admin = await Shop.AdminAsync();
        var product = (await Shop.ProductsInStockAsync())[2];
        await Shop.SetPriceAsync(admin, product, 40m);

        var recorded = await RecordedAsync(() => Shop.SetPriceAsync(admin, product, 41.5m));

        Assert.Equal(
            [new ProductPriceChanged(ProductKey(product), 4000, "EUR", 4150, "EUR"), new ProductChanged(ProductKey(product), ["price"])],
            recorded,
            new ShopEventComparer());
    }

    [Fact]
    public async Task Setting_the_same_price_again_records_nothing()
    {
        var admin = await Shop.AdminAsync();
        var product = (await Shop.ProductsInStockAsync())[3];
        await Shop.SetPriceAsync(admin, product, 55m);

        Assert.Empty(await RecordedAsync(() => Shop.SetPriceAsync(admin, product, 55m)));
    }

    [Fact]
    public async Task Adjusting_stock_records_a_change_of_stock_but_orders_taking_stock_do_not()
    {
        var admin = await Shop.AdminAsync();
        var product = (await Shop.ProductsInStockAsync())[4];

        var adjusted = await RecordedAsync(() => Shop.ExecuteAsync(
            "mutation ($input: AdjustStockInput!) { adjustStock(input: $input) { errors { __typename } } }",
            new { input = new { productId = product, delta = 5 } },
            admin));
        var ordered = await RecordedAsync(() => Shop.NewOrderAsync(admin, product));

        Assert.Equal(new ProductChanged(ProductKey(product), ["stockQuantity"]), Assert.Single(adjusted), new ShopEventComparer());
        Assert.IsType<OrderPlaced>(Assert.Single(ordered));
    }

    /// <summary>Records compared by value, their lists by items.</summary>
    private sealed class ShopEventComparer : IEqualityComparer<ShopEvent>
    {
        public bool Equals(ShopEvent? x, ShopEvent? y) =>
            x is ProductChanged a && y is ProductChanged b ? a.ProductId == b.ProductId && a.Fields.SequenceEqual(b.Fields) : object.Equals(x, y);

        public int GetHashCode(ShopEvent obj) => obj.GetType().GetHashCode();
    }
}
