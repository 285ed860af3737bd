using GraphApi.Data.Seeding;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphApi.Data.Tests.Model;

public sealed class ModelTests
{
    /// <summary>The lookups, filters, sorts and keyset pages the API serves, each with an index whose key starts so.</summary>
    [Theory]
    [InlineData(typeof(Product), "CategoryId")]
    [InlineData(typeof(Product), "Name,Id")]
    [InlineData(typeof(Product), "PriceMinor,Id")]
    [InlineData(typeof(Product), "CreatedAt,Id")]
    [InlineData(typeof(Product), "StockQuantity")]
    [InlineData(typeof(Product), "Sku")]
    [InlineData(typeof(Category), "Slug")]
    [InlineData(typeof(Order), "CustomerId,PlacedAt,Id")]
    [InlineData(typeof(Order), "PlacedAt,Id")]
    [InlineData(typeof(Order), "Status,PlacedAt,Id")]
    [InlineData(typeof(OrderLine), "OrderId")]
    [InlineData(typeof(OrderLine), "ProductId")]
    [InlineData(typeof(OrderStatusChange), "OrderId,ChangedAt")]
    [InlineData(typeof(User), "Email")]
    public void An_index_serves(Type entity, string columns)
    {
        using var db = ProviderContexts.Create(DatabaseProvider.Sqlite);
        var wanted = columns.Split(',');

        var indexes = db.Model.FindEntityType(entity)!.GetIndexes().Select(i => i.Properties.Select(p => p.Name).ToArray());

        Assert.Contains(indexes, key => key.Take(wanted.Length).SequenceEqual(wanted));
    }

    [Theory]
    [InlineData(typeof(User), "Email")]
    [InlineData(typeof(Product), "Sku")]
    [InlineData(typeof(Category), "Name")]
    [InlineData(typeof(Category), "Slug")]
    [InlineData(typeof(Order), "CustomerId,IdempotencyKey")]
    [InlineData(typeof(OrderLine), "OrderId,ProductId")]
    public void A_unique_index_holds(Type entity, string columns)
    {
        using var db = ProviderContexts.Create(DatabaseProvider.Sqlite);

        var unique = db.Model.FindEntityType(entity)!.GetIndexes().Where(i => i.IsUnique)
            .Select(i => string.Join(',', i.Properties.Select(p => p.Name)));

        Assert.Contains(columns, unique);
    }

    [Fact]
    public void Every_foreign_key_is_indexed()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.Sqlite);

        Assert.All(db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()), foreignKey =>
            Assert.Contains(foreignKey.DeclaringEntityType.GetIndexes(), index =>
                index.Properties.Take(foreignKey.Properties.Count).SequenceEqual(foreignKey.Properties)));
    }

    [Fact]
    public void Money_is_integer_minor_units_and_times_are_DateTime()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.Sqlite);
        var properties = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).ToList();

        Assert.All(properties.Where(p => p.Name.EndsWith("Minor", StringComparison.Ordinal)), p => Assert.Equal(typeof(long), p.ClrType));
        Assert.DoesNotContain(properties, p => p.ClrType == typeof(decimal) || p.ClrType == typeof(DateTimeOffset)
            || p.ClrType == typeof(decimal?) || p.ClrType == typeof(DateTimeOffset?));
    }

    [Fact]
    public async Task Times_come_back_as_UTC()
    {
        using var database = await TestDatabase.CreateSeededAsync(new SeedOptions { Products = 1, Users = 1, Orders = 1 });
        await using (var db = database.CreateContext())
        {
            var user = await db.Users.FirstAsync();
            user.LockoutEnd = new DateTime(2026, 6, 1, 14, 30, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        await using var reread = database.CreateContext();
        var stored = await reread.Users.FirstAsync();
        var order = await reread.Orders.Include(o => o.StatusHistory).FirstAsync();

        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, stored.LockoutEnd!.Value.Kind);
        Assert.Equal(new DateTime(2026, 6, 1, 14, 30, 0, DateTimeKind.Utc), stored.LockoutEnd);
        Assert.Equal(DateTimeKind.Utc, order.PlacedAt.Kind);
        Assert.All(order.StatusHistory, c => Assert.Equal(DateTimeKind.Utc, c.ChangedAt.Kind));
    }

    [Fact]
    public void Enums_are_stored_by_name()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.Sqlite);

        var enums = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType.IsEnum).ToList();

        Assert.Equal(["Order.Status", "OrderStatusChange.Status", "User.Role"],
            enums.Select(p => $"{p.DeclaringEntityType.ClrType.Name}.{p.Name}").Order());
        Assert.All(enums, p => Assert.Equal(typeof(string), p.GetProviderClrType()));
    }
}
