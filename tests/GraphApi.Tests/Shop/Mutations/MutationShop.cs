using System.Net;
using System.Text.Json;
using GraphApi.Data;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Tests.Shop.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>
/// A host on an empty database of the test class's own (<see cref="ShopHost"/>): each test writes the users,
/// categories and products it needs (<see cref="Data"/>), so that tests of one class never share rows, and compares
/// <see cref="Fingerprint"/>s to show that a refused mutation changed nothing.
/// </summary>
public sealed class MutationShop : IAsyncLifetime
{
    private ShopHost? _host;

    public ShopHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IServiceProvider Services => Host.Services;

    public TestShopData Data => new(Services.GetRequiredService<IDbContextFactory<ShopDbContext>>());

    public async Task InitializeAsync() => _host = await ShopHost.StartAsync();

    /// <summary>A hash of every row of the database: equal before and after a request that changed nothing.</summary>
    public string Fingerprint()
    {
        var file = Services.GetRequiredService<ShopDatabaseSettings>().SqliteFile;
        return DataFingerprint.Of(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
    }

    /// <summary>POSTs a GraphQL request as <paramref name="user"/> (anonymous when null), checks that it got status 200, and returns its body.</summary>
    public async Task<JsonElement> PostAsync(TestUser? user, string query, object? variables = null)
    {
        var response = await Host.PostAsync(query, user, variables);
        Assert.True(response.Status == HttpStatusCode.OK, $"HTTP {(int)response.Status}: {response.Body}");
        return response.Json;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
