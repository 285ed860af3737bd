using GraphApi.Data.Seeding;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Orders;
using GraphApi.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphApi.Data.Tests.Seeding;

public sealed class SeedingTests
{
    private static SeedOptions Small(int randomSeed = 7) => new()
    {
        RandomSeed = randomSeed,
        Products = 60,
        Users = 25,
        Orders = 150,
        BatchSize = 40,
        DemoPassword = "test-password",
    };

    [Fact]
    public async Task The_same_seed_gives_the_same_data()
    {
        using var first = await TestDatabase.CreateSeededAsync(Small());
        using var second = await TestDatabase.CreateSeededAsync(Small());
        using var other = await TestDatabase.CreateSeededAsync(Small(randomSeed: 8));

        Assert.Equal(DataFingerprint.Of(first.ConnectionString), DataFingerprint.Of(second.ConnectionString));
        Assert.NotEqual(DataFingerprint.Of(first.ConnectionString), DataFingerprint.Of(other.ConnectionString));
    }

    /// <summary>SQL Server seeds through SaveChanges, which only SQLite can run here: it must write the same rows.</summary>
    [Fact]
    public async Task Both_writers_write_the_same_rows()
    {
        using var prepared = await TestDatabase.CreateSeededAsync(Small());
        using var saveChanges = await TestDatabase.CreateMigratedAsync();
        await using (var db = saveChanges.CreateContext())
        {
            await Seeder(Small()).SeedAsync(db, context => new SaveChangesSeedWriter(context), CancellationToken.None);
        }

        Assert.Equal(DataFingerprint.Of(prepared.ConnectionString), DataFingerprint.Of(saveChanges.ConnectionString));
        Assert.Equal(150, saveChanges.Scalar("SELECT COUNT(*) FROM Orders"));
    }

    [Fact]
    public async Task Sizes_come_from_the_options()
    {
        using var database = await TestDatabase.CreateSeededAsync(Small());
        await using var db = database.CreateContext();

        Assert.Equal(20, await db.Categories.CountAsync());
        Assert.Equal(60, await db.Products.CountAsync());
        Assert.Equal(25 + 3, await db.Users.CountAsync());
        Assert.Equal(150, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Order_totals_are_the_sums_of_their_lines_in_the_products_currency()
    {
        using var database = await TestDatabase.CreateSeededAsync(Small());

        Assert.Equal(0, database.Scalar("""
            SELECT COUNT(*) FROM Orders o
            WHERE o.TotalMinor <> (SELECT SUM(l.LineTotalMinor) FROM OrderLines l WHERE l.OrderId = o.Id)
            """));
        Assert.Equal(0, database.Scalar("""
            SELECT COUNT(*) FROM OrderLines l JOIN Products p ON p.Id = l.ProductId JOIN Orders o ON o.Id = l.OrderId
            WHERE l.LineTotalMinor <> l.UnitPriceMinor * l.Quantity
               OR l.UnitPriceMinor <> p.PriceMinor
               OR o.Currency <> p.Currency
            """));
        Assert.True(database.Scalar("SELECT MIN(TotalMinor) FROM Orders") > 0);
    }

    [Fact]
    public async Task Each_status_history_runs_forward_in_time_and_ends_in_the_current_status()
    {
        using var database = await TestDatabase.CreateSeededAsync(Small());
        await using var db = database.CreateContext();
        var asOf = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var orders = await db.Orders.Include(o => o.StatusHistory).Include(o => o.Customer).ToListAsync();

        Assert.All(orders, order =>
        {
            var history = order.StatusHistory.OrderBy(c => c.Id).ToList();
            Assert.Equal(OrderStatus.Pending, history[0].Status);
            Assert.Equal(order.PlacedAt, history[0].ChangedAt);
            Assert.Equal(order.Status, history[^1].Status);
            Assert.Equal(order.UpdatedAt, history[^1].ChangedAt);
            Assert.True(history.Zip(history.Skip(1)).All(pair => pair.First.ChangedAt < pair.Second.ChangedAt));
            Assert.True(history[^1].ChangedAt <= asOf);
            Assert.True(order.PlacedAt >= order.Customer.CreatedAt, "An order placed before its customer signed up.");
            Assert.Equal(UserRole.Customer, order.Customer.Role);
        });
        // Ids grow with placement time, as in a live shop.
        Assert.Equal(orders.OrderBy(o => o.Id).Select(o => o.Id), orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id).Select(o => o.Id));
    }

    [Fact]
    public async Task Demo_users_have_their_roles_and_the_configured_password()
    {
        using var database = await TestDatabase.CreateSeededAsync(Small());
        await using var db = database.CreateContext();

        var demo = await db.Users.Where(u => u.Email.EndsWith("@graphapi.dev")).OrderBy(u => u.Id).ToListAsync();

        Assert.Equal(
            [("customer@graphapi.dev", UserRole.Customer), ("admin@graphapi.dev", UserRole.Admin), ("partner@graphapi.dev", UserRole.Partner)],
            demo.Select(u => (u.Email, u.Role)));
        var hasher = new PasswordHasher<User>();
        Assert.All(demo, user =>
        {
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, "test-password"));
            Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, DemoUsers.DefaultPassword));
        });
        // Generated users cannot sign in with a password.
        Assert.Equal(3, await db.Users.CountAsync(u => u.PasswordHash != null));
    }

    [Fact]
    public void The_default_demo_password_is_only_for_the_embedded_database()
    {
        Assert.Equal(DemoUsers.DefaultPassword, DemoUsers.ResolvePassword(new SeedOptions(), embeddedDatabase: true));
        Assert.Null(DemoUsers.ResolvePassword(new SeedOptions(), embeddedDatabase: false));
        Assert.Equal("s3cret", DemoUsers.ResolvePassword(new SeedOptions { DemoPassword = "s3cret" }, embeddedDatabase: false));
        Assert.Equal("s3cret", DemoUsers.ResolvePassword(new SeedOptions { DemoPassword = "s3cret" }, embeddedDatabase: true));
    }

    [Fact]
    public async Task A_database_with_data_is_not_seeded_again()
    {
        using var database = await TestDatabase.CreateSeededAsync(Small());
        var before = DataFingerprint.Of(database.ConnectionString);
        await using var db = database.CreateContext();

        var seeded = await Seeder(Small()).SeedIfEmptyAsync(db);

        Assert.False(seeded);
        Assert.Equal(before, DataFingerprint.Of(database.ConnectionString));
    }

    [Fact]
    public async Task An_empty_database_is_seeded()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateContext();

        var seeded = await Seeder(Small()).SeedIfEmptyAsync(db);

        Assert.True(seeded);
        Assert.Equal(150, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Orders_without_products_to_order_are_refused_before_anything_is_written()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateContext();
        var options = Small();
        options.Products = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Seeder(options).SeedAsync(db));

        Assert.Equal("Seed:Orders is 150 but Seed:Products is 0: orders need products to order.", error.Message);
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM Categories"));
    }

    [Fact]
    public async Task Without_generated_users_the_demo_customer_places_every_order()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using var db = database.CreateContext();
        var options = Small();
        options.Users = 0;
        options.DemoPassword = null; // the embedded database gets the demo users all the same

        await Seeder(options).SeedAsync(db);

        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Equal(150, await db.Orders.CountAsync(o => o.Customer.Email == DemoUsers.CustomerEmail));
    }

    private static ShopSeeder Seeder(SeedOptions options) =>
        new(Options.Create(options), NullLogger<ShopSeeder>.Instance);
}
