using GraphApi.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphApi.Data.Tests.Infrastructure;

/// <summary>A SQLite database file of one test's own, in a fresh temporary directory deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "graphapi-data-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        FilePath = Path.Combine(Directory, "shop.db");
        // No pooling: a pooled connection would keep the file open after the test.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
    }

    /// <summary>The test's temporary directory, which holds the database file.</summary>
    public string Directory { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A new database with the migrations applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A new migrated database with a tiny shop: 5 products, 2 users and the demo users, 3 orders.</summary>
    public static Task<TestDatabase> CreateSeededAsync() =>
        CreateSeededAsync(new SeedOptions { Products = 5, Users = 2, Orders = 3, DemoPassword = "x" });

    /// <summary>A new migrated database seeded with <paramref name="options"/>.</summary>
    public static async Task<TestDatabase> CreateSeededAsync(SeedOptions options)
    {
        var database = await CreateMigratedAsync();
        await using var db = database.CreateContext();
        await new ShopSeeder(Options.Create(options), NullLogger<ShopSeeder>.Instance).SeedAsync(db);
        return database;
    }

    public SqliteShopDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(ConnectionString).Options, Clock);

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The single value of a scalar query.</summary>
    public long Scalar(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        // Code under test may use pooled connections (the host does); a pooled connection holds the file open.
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
