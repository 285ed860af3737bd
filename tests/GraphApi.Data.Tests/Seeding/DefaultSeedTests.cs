using System.Diagnostics;
using GraphApi.Data.Seeding;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Orders;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GraphApi.Data.Tests.Seeding;

/// <summary>The default seed, once: the shape of the shop a fresh start gets.</summary>
public sealed class DefaultSeedTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Default_sizes_seed_a_shop_of_the_documented_size_and_shape()
    {
        var stopwatch = Stopwatch.StartNew();
        using var database = await TestDatabase.CreateSeededAsync(new SeedOptions());
        output.WriteLine($"The default seed took {stopwatch.ElapsedMilliseconds} ms.");

        await using var db = database.CreateContext();
        Assert.Equal(20, await db.Categories.CountAsync());
        Assert.Equal(1_000, await db.Products.CountAsync());
        Assert.Equal(503, await db.Users.CountAsync()); // 500 generated and the 3 demo users
        Assert.Equal(10_000, await db.Orders.CountAsync());

        // Every category is used, some products are out of stock, and all roles are present.
        Assert.Equal(20, await db.Products.Select(p => p.CategoryId).Distinct().CountAsync());
        Assert.InRange(await db.Products.CountAsync(p => p.StockQuantity == 0), 50, 150);
        Assert.Equal(
            [UserRole.Customer, UserRole.Admin, UserRole.Partner],
            (await db.Users.Select(u => u.Role).Distinct().ToListAsync()).Order());

        // 1 to 5 lines per order, all of them used.
        var lineCounts = await db.Orders.Select(o => o.Lines.Count).Distinct().OrderBy(c => c).ToListAsync();
        Assert.Equal([1, 2, 3, 4, 5], lineCounts);

        // Statuses spread over time: old orders are delivered or cancelled, the last days' still in progress.
        var asOf = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var oldStatuses = (await db.Orders.Where(o => o.PlacedAt < asOf.AddDays(-30))
            .Select(o => o.Status).Distinct().ToListAsync()).Order();
        Assert.Equal([OrderStatus.Delivered, OrderStatus.Cancelled], oldStatuses);
        var recentStatuses = await db.Orders.Where(o => o.PlacedAt > asOf.AddDays(-3))
            .Select(o => o.Status).Distinct().ToListAsync();
        Assert.Contains(OrderStatus.Pending, recentStatuses);
        Assert.Contains(OrderStatus.Shipped, recentStatuses);
        Assert.Equal(asOf.AddYears(-2), await db.Orders.MinAsync(o => o.PlacedAt), TimeSpan.FromDays(1));
    }
}
