using GraphApi.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Data;

/// <summary>Brings the database up to date at start-up: creates the SQLite folder, migrates, seeds if empty.</summary>
public sealed class ShopDatabaseInitializer(
    ShopDatabaseSettings settings,
    IDbContextFactory<ShopDbContext> contexts,
    ShopSeeder seeder,
    IOptions<SeedOptions> seedOptions)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // SQLite creates a missing file but not a missing folder.
        if (Path.GetDirectoryName(settings.SqliteFile) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (seedOptions.Value.Enabled)
        {
            await seeder.SeedIfEmptyAsync(db, cancellationToken);
        }
    }
}
