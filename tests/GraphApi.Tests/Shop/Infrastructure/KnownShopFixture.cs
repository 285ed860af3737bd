namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>A host on a <see cref="KnownShop"/> database of the test class's own; its tests only read.</summary>
public sealed class KnownShopFixture : IAsyncLifetime
{
    private ShopHost? _host;

    public ShopHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _host = await ShopHost.StartAsync(KnownShop.FillAsync);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
