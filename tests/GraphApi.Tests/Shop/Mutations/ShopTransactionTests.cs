using GraphApi.Data;
using GraphApi.Features.Mutations;
using GraphApi.Features.Products;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary><see cref="ShopTransaction"/>: all or nothing, and on SQLite the write lock from the first statement.</summary>
public sealed class ShopTransactionTests(MutationShop host) : IClassFixture<MutationShop>
{
    private IDbContextFactory<ShopDbContext> Contexts => host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();

    [Fact]
    public async Task Work_that_succeeds_is_committed()
    {
        var name = NewName();

        var result = await ShopTransaction.RunAsync(
            Contexts, (db, ct) => AddCategoryAsync(db, name, MutationResult<int>.Success(1), ct), default);

        Assert.True(result.Succeeded);
        Assert.True(await CategoryExistsAsync(name));
    }

    [Fact]
    public async Task Work_that_returns_errors_is_rolled_back()
    {
        var name = NewName();
        var failure = MutationResult<int>.Failure([new ValidationError("No.", "name")]);

        var result = await ShopTransaction.RunAsync(Contexts, (db, ct) => AddCategoryAsync(db, name, failure, ct), default);

        Assert.Same(failure, result);
        Assert.False(await CategoryExistsAsync(name));
    }

    [Fact]
    public async Task Work_that_throws_is_rolled_back()
    {
        var name = NewName();

        await Assert.ThrowsAsync<InvalidOperationException>(() => ShopTransaction.RunAsync<int>(
            Contexts,
            async (db, ct) =>
            {
                await AddCategoryAsync(db, name, MutationResult<int>.Success(1), ct);
                throw new InvalidOperationException("Failed after writing.");
            },
            default));

        Assert.False(await CategoryExistsAsync(name));
    }

    [Fact]
    public async Task On_SQLite_the_transaction_holds_the_write_lock_before_it_writes()
    {
        var file = host.Services.GetRequiredService<ShopDatabaseSettings>().SqliteFile;
        // A timeout of 0 would mean "wait forever"; 1 s is the shortest wait that ends.
        var settings = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 1, Pooling = false };
        using var other = new SqliteConnection(settings.ToString());
        other.Open();
        SqliteException? whileRunning = null;

        await ShopTransaction.RunAsync(
            Contexts,
            (_, _) =>
            {
                // No statement has run in the transaction yet; another writer must already be shut out.
                whileRunning = Assert.Throws<SqliteException>(() => Execute(other, "BEGIN IMMEDIATE"));
                return Task.FromResult(MutationResult<int>.Success(1));
            },
            default);

        Assert.Equal(5, whileRunning!.SqliteErrorCode); // SQLITE_BUSY
        Execute(other, "BEGIN IMMEDIATE");
        Execute(other, "ROLLBACK");
    }

    private static string NewName() => "Category " + Guid.NewGuid().ToString("N");

    private static async Task<MutationResult<int>> AddCategoryAsync(
        ShopDbContext db, string name, MutationResult<int> result, CancellationToken cancellationToken)
    {
        db.Categories.Add(new Category { Name = name, Slug = name.Replace(' ', '-').ToLowerInvariant() });
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<bool> CategoryExistsAsync(string name)
    {
        await using var db = Contexts.CreateDbContext();
        return await db.Categories.AnyAsync(c => c.Name == name);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
