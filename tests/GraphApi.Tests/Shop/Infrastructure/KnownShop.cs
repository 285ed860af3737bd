using GraphApi.Data;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;

namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>
/// A small shop written by hand, so that tests can state exactly what each query returns. IDs follow the order
/// of insertion (SQLite assigns them 1, 2, 3...). Names sort in SQLite's binary order: digits, then upper case,
/// then lower case.
/// </summary>
public static class KnownShop
{
    public static readonly TestUser Ann = new(1);
    public static readonly TestUser Bob = new(2);
    public static readonly TestUser Ada = TestUser.Admin(3);

    /// <summary>Product names by ID.</summary>
    public static readonly string[] ProductNames =
        ["", "Atlas", "Board Game", "Chess Set", "Dictionary", "Encyclopedia", "50% Off Puzzle", "atlas of stars"];

    private static readonly DateTime Day = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task FillAsync(ShopDbContext db)
    {
        var books = new Category { Name = "Books", Slug = "books", Description = "Things to read", CreatedAt = Day };
        var games = new Category { Name = "Games", Slug = "games", CreatedAt = Day };
        var tools = new Category { Name = "Tools", Slug = "tools", CreatedAt = Day };
        db.Categories.AddRange(books, games, tools);
        await db.SaveChangesAsync();

        var sku = 0;
        Product Product(string name, Category category, long priceMinor, int stock, int day) => new()
        {
            Sku = "SKU-" + ++sku,
            Name = name,
            Description = name == "Atlas" ? "Maps of the world" : null,
            PriceMinor = priceMinor,
            Currency = "EUR",
            StockQuantity = stock,
            Category = category,
            CreatedAt = Day.AddDays(day),
        };

        db.Products.AddRange(
            Product("Atlas", books, 1250, 5, 0),
            Product("Board Game", games, 3000, 0, 1),
            Product("Chess Set", games, 4599, 2, 2),
            Product("Dictionary", books, 1999, 0, 3),
            Product("Encyclopedia", books, 9900, 1, 4),
            Product("50% Off Puzzle", games, 999, 3, 5),
            Product("atlas of stars", books, 1250, 4, 5));
        await db.SaveChangesAsync();

        db.Users.AddRange(
            new User { Email = "ann@example.com", DisplayName = "Ann", Role = UserRole.Customer, CreatedAt = Day },
            new User { Email = "bob@example.com", DisplayName = "Bob", Role = UserRole.Customer, CreatedAt = Day.AddDays(1) },
            new User { Email = "ada@example.com", DisplayName = "Ada", Role = UserRole.Admin, CreatedAt = Day.AddDays(2) });
        await db.SaveChangesAsync();

        // Ann: orders 1, 2, 3 (placed on Feb 1, 2, 3); Bob: orders 4 and 5 (Feb 2 and 4).
        db.Orders.AddRange(
            Order(Ann.Id, OrderStatus.Delivered, 1, (1, 1, 1250), (3, 2, 4599)),
            Order(Ann.Id, OrderStatus.Paid, 2, (5, 1, 9900)),
            Order(Ann.Id, OrderStatus.Pending, 3, (6, 3, 999), (1, 1, 1250), (2, 1, 3000)),
            Order(Bob.Id, OrderStatus.Cancelled, 2, (4, 1, 1999)),
            Order(Bob.Id, OrderStatus.Pending, 4, (7, 2, 1250)));
        await db.SaveChangesAsync();
    }

    private static Order Order(int customerId, OrderStatus status, int februaryDay, params (int ProductId, int Quantity, long UnitPriceMinor)[] lines)
    {
        var placedAt = new DateTime(2025, 2, februaryDay, 12, 0, 0, DateTimeKind.Utc);
        var order = new Order { CustomerId = customerId, Status = status, Currency = "EUR", PlacedAt = placedAt, UpdatedAt = placedAt };
        foreach (var (productId, quantity, unitPrice) in lines)
        {
            order.Lines.Add(new OrderLine { ProductId = productId, Quantity = quantity, UnitPriceMinor = unitPrice, LineTotalMinor = unitPrice * quantity });
        }

        order.TotalMinor = order.Lines.Sum(l => l.LineTotalMinor);
        order.StatusHistory.Add(new OrderStatusChange { Status = status, ChangedAt = placedAt });
        return order;
    }
}
