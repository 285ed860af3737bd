using System.Globalization;
using GraphApi.Data.Seeding;
using GraphApi.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Data.Tests.Startup;

/// <summary>The wiring the host calls: <c>AddShopData()</c> and <c>InitializeShopDatabaseAsync()</c>.</summary>
public sealed class ShopDataStartupTests
{
    private static IHost BuildHost(string contentRoot, params (string Key, string Value)[] values)
    {
        // No defaults: the machine's environment variables and appsettings files must not leak in.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
        builder.Services.AddLogging();
        builder.AddShopData();
        return builder.Build();
    }

    [Fact]
    public async Task The_first_start_creates_the_file_migrates_and_seeds_and_the_next_leaves_the_data_alone()
    {
        using var temp = new TestDatabase();
        var file = Path.Combine(temp.Directory, "nested", "folder", "shop.db");
        (string, string)[] Configuration(int orders) =>
        [
            ("Database:SqlitePath", "nested/folder/shop.db"),
            ("Seed:Products", "30"), ("Seed:Users", "10"), ("Seed:Orders", orders.ToString(CultureInfo.InvariantCulture)),
        ];

        using (var host = BuildHost(temp.Directory, Configuration(orders: 40)))
        {
            await host.InitializeShopDatabaseAsync();
        }

        Assert.True(File.Exists(file));
        using (var host = BuildHost(temp.Directory, Configuration(orders: 80)))
        {
            await host.InitializeShopDatabaseAsync();
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            Assert.IsType<SqliteShopDbContext>(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(30, await db.Products.CountAsync());
            Assert.Equal(40, await db.Orders.CountAsync());
        }
    }

    [Fact]
    public async Task Seeding_can_be_turned_off()
    {
        using var temp = new TestDatabase();
        using var host = BuildHost(temp.Directory, ("Seed:Enabled", "false"));

        await host.InitializeShopDatabaseAsync();

        await using var db = host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public void SQL_Server_is_wired_without_connecting()
    {
        using var temp = new TestDatabase();
        using var host = BuildHost(
            temp.Directory, ("Database:Provider", "SqlServer"), ("ConnectionStrings:Shop", "Server=nowhere;Database=Shop"));

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();

        Assert.IsType<SqlServerShopDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
        Assert.Contains("nowhere", db.Database.GetConnectionString());
    }

    [Fact]
    public void Every_seed_setting_is_read_from_the_Seed_section()
    {
        using var temp = new TestDatabase();
        using var host = BuildHost(
            temp.Directory,
            ("Seed:Enabled", "false"), ("Seed:RandomSeed", "42"), ("Seed:Products", "1"), ("Seed:Users", "2"),
            ("Seed:Orders", "3"), ("Seed:BatchSize", "4"), ("Seed:AsOf", "2025-06-30"), ("Seed:DemoPassword", "pw"));

        var options = host.Services.GetRequiredService<IOptions<SeedOptions>>().Value;

        Assert.Equal(
            (false, 42, 1, 2, 3, 4, new DateOnly(2025, 6, 30), "pw"),
            (options.Enabled, options.RandomSeed, options.Products, options.Users, options.Orders, options.BatchSize,
                options.AsOf, options.DemoPassword));
    }

    [Theory]
    [InlineData("Seed:Orders", "-1", "Seed:Products, Seed:Users and Seed:Orders must not be negative.")]
    [InlineData("Seed:BatchSize", "0", "Seed:BatchSize must be positive.")]
    public void Invalid_seed_settings_are_refused_with_the_setting_named(string key, string value, string message)
    {
        using var temp = new TestDatabase();
        using var host = BuildHost(temp.Directory, (key, value));

        var error = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptions<SeedOptions>>().Value);

        Assert.Equal(message, error.Message);
    }
}
