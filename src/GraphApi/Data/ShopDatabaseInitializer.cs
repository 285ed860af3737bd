using GraphApi.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Data;

/// <summary>Brings the database up to date at start-up: creates the SQLite directory, migrates, seeds if empty.</summary>
public sealed partial class ShopDatabaseInitializer(
    ShopDatabaseSettings settings,
    IDbContextFactory<ShopDbContext> contexts,
    ShopSeeder seeder,
    IOptions<SeedOptions> seedOptions,
    ILogger<ShopDatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // SQLite creates a missing file but not a missing directory.
        if (Path.GetDirectoryName(settings.SqliteFile) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await using var db = contexts.CreateDbContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, settings.Provider, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (seedOptions.Value.Enabled)
        {
            await seeder.SeedIfEmptyAsync(db, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Provider} migrations: {Migrations}.")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, string migrations);
}
