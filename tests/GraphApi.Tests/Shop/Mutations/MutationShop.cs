using System.Net;
using System.Text.Json;
using GraphApi.Data;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Tests.Shop.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>
/// A host on an empty database of the test class's own (<see cref="ShopHost"/>): each test writes the users,
/// categories and products it needs (<see cref="Data"/>), so that tests of one class never share rows, and compares
/// <see cref="Fingerprint"/>s to show that a refused mutation changed nothing.
/// </summary>
public class MutationShop : IAsyncLifetime
{
    private ShopHost? _host;

    public ShopHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IServiceProvider Services => Host.Services;

    public TestShopData Data => new(Services.GetRequiredService<IDbContextFactory<ShopDbContext>>());

    /// <summary>Whether requests go over TCP to Kestrel at 127.0.0.1 rather than to the in-memory test server.</summary>
    protected virtual bool OnKestrel => false;

    public async Task InitializeAsync()
    {
        _host = await ShopHost.StartAsync();
        if (OnKestrel)
        {
            _host.Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            _host.Factory.StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("http://127.0.0.1:", address);
            // The clients ShopHost creates must reach that server, not the in-memory one.
            using var client = _host.Factory.CreateClient();
            Assert.Equal(new Uri(address).Port, client.BaseAddress!.Port);
        }
    }

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

/// <summary>A <see cref="MutationShop"/> whose requests go over real HTTP, to Kestrel at 127.0.0.1.</summary>
public sealed class MutationShopOnKestrel : MutationShop
{
    protected override bool OnKestrel => true;
}
