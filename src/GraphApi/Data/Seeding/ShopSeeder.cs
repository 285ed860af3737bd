using System.Diagnostics;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Data.Seeding;

/// <summary>
/// Fills an empty shop database with the generated sample data and the demo users, in one transaction, orders in
/// batches with progress logged after each. SQLite gets its rows through prepared INSERTs, other databases through
/// SaveChanges (see the two <see cref="ISeedWriter"/>s).
/// </summary>
public sealed partial class ShopSeeder(IOptions<SeedOptions> options, ILogger<ShopSeeder> logger)
{
    /// <summary>Seeds when the database holds no categories, products, users or orders; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(ShopDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Categories.AnyAsync(cancellationToken)
            || await db.Products.AnyAsync(cancellationToken)
            || await db.Users.AnyAsync(cancellationToken)
            || await db.Orders.AnyAsync(cancellationToken))
        {
            LogNotEmpty(logger);
            return false;
        }

        await SeedAsync(db, cancellationToken);
        return true;
    }

    /// <summary>Adds the sample data; into empty tables, equal options always give equal rows, ids included.</summary>
    public Task SeedAsync(ShopDbContext db, CancellationToken cancellationToken = default) =>
        SeedAsync(
            db,
            db.Database.IsSqlite() ? context => new PreparedInsertSeedWriter(context) : context => new SaveChangesSeedWriter(context),
            cancellationToken);

    /// <summary>Seeds through the given writer, created once the transaction has begun.</summary>
    internal async Task SeedAsync(
        ShopDbContext db, Func<ShopDbContext, ISeedWriter> createWriter, CancellationToken cancellationToken)
    {
        var seed = options.Value;
        var demoPassword = DemoUsers.ResolvePassword(seed, embeddedDatabase: db.Database.IsSqlite());
        if (demoPassword is null)
        {
            LogNoDemoUsers(logger);
        }

        if (seed.Orders > 0 && seed.Products == 0)
        {
            throw new InvalidOperationException(
                $"Seed:Orders is {seed.Orders} but Seed:Products is 0: orders need products to order.");
        }

        if (seed.Orders > 0 && seed.Users == 0 && demoPassword is null)
        {
            throw new InvalidOperationException(
                $"Seed:Orders is {seed.Orders} but there are no customers: set Seed:Users above 0 or Seed:DemoPassword.");
        }

        var stopwatch = Stopwatch.StartNew();
        var generator = new ShopDataGenerator(seed.RandomSeed, seed.AsOf);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var writer = createWriter(db);

        var categories = generator.Categories();
        var products = generator.Products(seed.Products, categories);
        await writer.WriteCatalogueAsync(categories, products, cancellationToken);

        var users = new List<User>();
        if (demoPassword is not null)
        {
            users.AddRange(DemoUsers.Create(demoPassword, generator.OpenedAt));
        }

        users.AddRange(generator.Users(seed.Users));
        await writer.WriteUsersAsync(users, cancellationToken);

        var customers = users.Where(u => u.Role == UserRole.Customer).ToList();
        var saved = 0;
        foreach (var batch in generator.Orders(seed.Orders, customers, products).Chunk(seed.BatchSize))
        {
            await writer.WriteOrdersAsync(batch, cancellationToken);
            saved += batch.Length;
            LogOrdersProgress(logger, saved, seed.Orders);
        }

        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, categories.Count, products.Count, users.Count, saved, stopwatch.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The shop database already holds data; not seeding it.")]
    private static partial void LogNotEmpty(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Seed:DemoPassword is not set and the database is not the embedded one: seeding no demo users.")]
    private static partial void LogNoDemoUsers(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Saved} of {Total} orders.")]
    private static partial void LogOrdersProgress(ILogger logger, int saved, int total);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded {Categories} categories, {Products} products, {Users} users and {Orders} orders in {ElapsedMs} ms.")]
    private static partial void LogSeeded(ILogger logger, int categories, int products, int users, int orders, long elapsedMs);
}
