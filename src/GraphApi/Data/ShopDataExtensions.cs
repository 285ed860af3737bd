using GraphApi.Data.Seeding;
using GraphApi.Features.Events.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Data;

/// <summary>The data layer's wiring for the host: <c>builder.AddShopData()</c>, then <c>app.InitializeShopDatabaseAsync()</c>.</summary>
public static class ShopDataExtensions
{
    /// <summary>Registers the shop database chosen by configuration (see <see cref="ShopDatabaseSettings"/>) and its seeding.</summary>
    public static TBuilder AddShopData<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var settings = ShopDatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddShopData(settings, builder.Configuration.GetSection(SeedOptions.SectionName));
        return builder;
    }

    /// <summary>
    /// Registers <see cref="IDbContextFactory{ShopDbContext}"/> (for work that runs in parallel, such as DataLoader
    /// batches), a scoped <see cref="ShopDbContext"/>, the seeder and the start-up initializer. Both hand out the
    /// provider's own context type, so that EF Core finds that provider's migrations.
    /// </summary>
    public static IServiceCollection AddShopData(
        this IServiceCollection services, ShopDatabaseSettings settings, IConfiguration seedSection)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteShopDbContext>(o => Configure(o.UseSqlite(settings.ConnectionString)));
                services.AddSingleton<IDbContextFactory<ShopDbContext>, ShopDbContextFactory<SqliteShopDbContext>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextFactory<SqlServerShopDbContext>(o => Configure(o.UseSqlServer(settings.ConnectionString)));
                services.AddSingleton<IDbContextFactory<ShopDbContext>, ShopDbContextFactory<SqlServerShopDbContext>>();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext());

        services.AddOptions<SeedOptions>()
            .Bind(seedSection)
            .Validate(o => o.Products >= 0 && o.Users >= 0 && o.Orders >= 0,
                "Seed:Products, Seed:Users and Seed:Orders must not be negative.")
            .Validate(o => o.BatchSize > 0, "Seed:BatchSize must be positive.");
        services.AddSingleton<ShopSeeder>();
        services.AddSingleton<ShopDatabaseInitializer>();
        return services;
    }

    /// <summary>Migrates the database and seeds it when empty; call once before the host starts serving.</summary>
    public static Task InitializeShopDatabaseAsync(this IHost host, CancellationToken cancellationToken = default) =>
        host.Services.GetRequiredService<ShopDatabaseInitializer>().InitializeAsync(cancellationToken);

    // EF Core logs every executed command at Information: a line per query when serving, thousands when seeding
    // through SaveChanges. At Debug the SQL stays one log-level switch away. The counter costs nothing unless a
    // request began a log (GraphQL in Development, tests); the outbox's interceptors wake the event publisher on
    // commit.
    private static void Configure(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)))
            .AddInterceptors([SqlCommandCounter.Instance, .. OutboxInterceptors.All]);

    /// <summary>Hands out the provider's context as the provider-neutral <see cref="ShopDbContext"/>.</summary>
    private sealed class ShopDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ShopDbContext>
        where TContext : ShopDbContext
    {
        public ShopDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
