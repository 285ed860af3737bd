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
    // Hosts that share a process (tests start many) must not migrate or seed the same file at once.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await InitializeOnceAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task InitializeOnceAsync(CancellationToken cancellationToken)
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
