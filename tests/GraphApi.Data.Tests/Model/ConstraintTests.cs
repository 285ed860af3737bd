using GraphApi.Data.Seeding;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Orders;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Tests.Model;

/// <summary>What the database itself refuses, whatever the code above it does.</summary>
public sealed class ConstraintTests
{
    [Fact]
    public async Task Two_users_cannot_share_an_email()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();

        db.Users.Add(new User { Email = DemoUsers.AdminEmail, DisplayName = "Impostor" });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("UNIQUE constraint failed: Users.Email", error.InnerException?.Message);
    }

    [Fact]
    public async Task An_idempotency_key_is_unique_per_customer_only()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();
        var customers = await db.Users.Where(u => u.Role == UserRole.Customer).OrderBy(u => u.Id).Take(2).ToListAsync();
        var now = database.Clock.Now.UtcDateTime;
        Order NewOrder(User customer, string? key) =>
            new() { CustomerId = customer.Id, Currency = "EUR", IdempotencyKey = key, PlacedAt = now };

        // The same key for another customer, and any number of orders without a key, are fine.
        db.Orders.AddRange(
            NewOrder(customers[0], "key-1"), NewOrder(customers[1], "key-1"),
            NewOrder(customers[0], null), NewOrder(customers[0], null));
        await db.SaveChangesAsync();

        db.Orders.Add(NewOrder(customers[0], "key-1"));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("UNIQUE constraint failed: Orders.CustomerId, Orders.IdempotencyKey", error.InnerException?.Message);
    }

    [Fact]
    public async Task Stock_cannot_go_negative()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();
        var product = await db.Products.FirstAsync();

        product.StockQuantity = -1;

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("CHECK constraint failed: CK_Products_StockQuantity", error.InnerException?.Message);
    }

    [Fact]
    public async Task A_line_total_must_be_its_unit_price_times_its_quantity()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();
        var line = await db.OrderLines.FirstAsync();

        line.Quantity += 1;

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("CHECK constraint failed: CK_OrderLines_LineTotalMinor", error.InnerException?.Message);
    }

    [Fact]
    public async Task An_order_cannot_refer_to_a_missing_product()
    {
        using var database = await TestDatabase.CreateSeededAsync();
        await using var db = database.CreateContext();
        var order = await db.Orders.FirstAsync();

        db.OrderLines.Add(new OrderLine { OrderId = order.Id, ProductId = 999_999, Quantity = 1 });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Contains("FOREIGN KEY constraint failed", error.InnerException?.Message);
    }
}
