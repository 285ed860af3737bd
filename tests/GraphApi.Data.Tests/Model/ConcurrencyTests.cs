using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Products;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Tests.Model;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Saving_a_change_bumps_the_version_and_the_update_time()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();
        var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
        Assert.Equal(1, product.Version);

        product.StockQuantity += 10;
        await db.SaveChangesAsync();

        Assert.Equal(2, product.Version);
        Assert.Equal(database.Clock.Now.UtcDateTime, product.UpdatedAt);
        await using var reread = database.CreateContext();
        var stored = await reread.Products.SingleAsync(p => p.Id == product.Id);
        Assert.Equal(2, stored.Version);
        Assert.Equal(database.Clock.Now.UtcDateTime, stored.UpdatedAt);
    }

    [Fact]
    public async Task A_new_row_gets_version_1_and_the_clock_times()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateContext();
        var category = new Category { Name = "Tea", Slug = "tea" };

        db.Categories.Add(category);
        await db.SaveChangesAsync();

        Assert.Equal(1, category.Version);
        Assert.Equal(database.Clock.Now.UtcDateTime, category.CreatedAt);
        Assert.Equal(database.Clock.Now.UtcDateTime, category.UpdatedAt);
    }

    [Fact]
    public async Task Of_two_concurrent_updates_the_second_fails()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Products.OrderBy(p => p.Id).FirstAsync();
        var theirs = await second.Products.OrderBy(p => p.Id).FirstAsync();

        mine.StockQuantity -= 1;
        await first.SaveChangesAsync();
        theirs.StockQuantity -= 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var reread = database.CreateContext();
        Assert.Equal(mine.StockQuantity, (await reread.Products.SingleAsync(p => p.Id == mine.Id)).StockQuantity);
    }

    [Fact]
    public async Task The_version_a_client_read_is_checked_even_without_change_detection()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var product = await db.Products.OrderBy(p => p.Id).FirstAsync();

        // A client that read version 1 updates it twice; the second update carries a stale version.
        db.Entry(product).Property(p => p.PriceMinor).CurrentValue = 1_099;
        await db.SaveChangesAsync();
        Assert.Equal(2, product.Version);
        db.Entry(product).Property(p => p.Version).OriginalValue = 1;
        db.Entry(product).Property(p => p.PriceMinor).CurrentValue = 999;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(2, database.Scalar($"SELECT Version FROM Products WHERE Id = {product.Id}"));
        Assert.Equal(1_099, database.Scalar($"SELECT PriceMinor FROM Products WHERE Id = {product.Id}"));
    }

    [Fact]
    public void Every_versioned_entity_uses_its_version_as_concurrency_token()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.Sqlite);

        var versioned = db.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList();

        Assert.Equal(["Category", "Order", "Product", "User"], versioned.Select(t => t.ClrType.Name).Order());
        Assert.All(versioned, t => Assert.True(t.FindProperty(nameof(IVersioned.Version))!.IsConcurrencyToken, t.Name));
    }
}
