using GraphApi.Data;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts;

/// <summary>
/// The host as it ships, on a SQLite file of its own (a shop of a few products and users, and the demo users with
/// their documented password), signing tokens with <see cref="TestKeys.HmacSecret"/>, on a clock the test moves.
/// The attempt limit is off unless <paramref name="settings"/> set it: the tests of other rules make many attempts.
/// </summary>
public sealed class AccountsHost(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? _configureServices;

    public AccountsHost(Action<IServiceCollection> configureServices, params (string Key, string Value)[] settings)
        : this(settings)
    {
        _configureServices = configureServices;
    }

    public FakeClock Clock { get; } = new();

    public string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), "graphapi-tests", $"accounts-{Guid.NewGuid():N}.db");

    /// <summary>Starts the host (which migrates and seeds the database) and checks that it uses this test's file.</summary>
    public AccountsHost Start()
    {
        CreateClient().Dispose();
        Assert.Equal(DatabaseFile, Services.GetRequiredService<ShopDatabaseSettings>().SqliteFile);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:SqlitePath", DatabaseFile);
        builder.UseSetting("Seed:Products", "3");
        builder.UseSetting("Seed:Users", "3");
        builder.UseSetting("Seed:Orders", "0");
        builder.UseSetting("Authentication:Jwt:SigningKey", TestKeys.HmacSecret);
        builder.UseSetting("Accounts:AttemptRateLimit:PermitLimit", "0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _configureServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in (string[])[DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm"])
        {
            File.Delete(file);
        }
    }
}
