using Bogus;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;

namespace GraphApi.Data.Seeding;

/// <summary>
/// Generates the sample shop with Bogus. Every random choice comes from one seeded <see cref="Randomizer"/> and
/// every time is relative to <see cref="SeedOptions.AsOf"/>, so the same seed and sizes give the same data when the
/// methods are called in the same order (categories, products, users, orders). The history: the shop opened three
/// years before AsOf, stocked its catalogue in the first year and has taken orders since, in time order, so order
/// ids grow with their placement time as in a live shop.
/// </summary>
public sealed class ShopDataGenerator
{
    /// <summary>The currency of the generated shop.</summary>
    public const string Currency = "EUR";

    // A curated taxonomy reads better than random words and keeps names and slugs unique.
    private static readonly string[] CategoryNames =
    [
        "Books", "Music", "Movies", "Video Games", "Computers", "Phones", "Cameras", "Audio", "Home", "Kitchen",
        "Garden", "Tools", "Toys", "Baby", "Clothing", "Shoes", "Jewelry", "Sports", "Outdoors", "Automotive",
    ];

    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];

    // Minutes from one fulfilment step to the next: paid within three days, shipped within three more, delivered
    // one to six days later.
    private static readonly (OrderStatus Status, int MinMinutes, int MaxMinutes)[] Fulfilment =
    [
        (OrderStatus.Paid, 1, 3 * 24 * 60),
        (OrderStatus.Shipped, 6 * 60, 3 * 24 * 60),
        (OrderStatus.Delivered, 24 * 60, 6 * 24 * 60),
    ];

    private readonly Faker faker;

    public ShopDataGenerator(int randomSeed, DateOnly asOf)
    {
        faker = new Faker("en") { Random = new Randomizer(randomSeed) };
        AsOf = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        OpenedAt = AsOf.AddYears(-3);
        OrdersFrom = OpenedAt.AddYears(1);
    }

    /// <summary>The end of the generated history; nothing happens after it.</summary>
    public DateTime AsOf { get; }

    /// <summary>When the shop opened: the first categories and users date from then.</summary>
    public DateTime OpenedAt { get; }

    /// <summary>When the first order was placed; every product exists by then.</summary>
    public DateTime OrdersFrom { get; }

    public IReadOnlyList<Category> Categories()
    {
        var categories = new List<Category>(CategoryNames.Length);
        for (var i = 0; i < CategoryNames.Length; i++)
        {
            var createdAt = OpenedAt.AddHours(i);
            categories.Add(new Category
            {
                Name = CategoryNames[i],
                Slug = CategoryNames[i].ToLowerInvariant().Replace(' ', '-'),
                Description = faker.Company.CatchPhrase(),
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
            });
        }

        return categories;
    }

    public IReadOnlyList<Product> Products(int count, IReadOnlyList<Category> categories)
    {
        var products = new List<Product>(count);
        for (var i = 0; i < count; i++)
        {
            var category = Pick(categories);
            var createdAt = Between(OpenedAt, OrdersFrom);
            products.Add(new Product
            {
                Sku = $"{category.Slug[..3].ToUpperInvariant()}-{i + 1:D6}",
                Name = faker.Commerce.ProductName(),
                Description = faker.Commerce.ProductDescription(),
                PriceMinor = Price(),
                Currency = Currency,
                StockQuantity = faker.Random.Int(0, 9) == 0 ? 0 : faker.Random.Int(1, 500),
                Category = category,
                CreatedAt = createdAt,
                UpdatedAt = Between(createdAt, AsOf),
            });
        }

        return products;
    }

    /// <summary>Mostly customers; every 20th user is a partner and every 100th an admin, so user 1 is a customer.</summary>
    public IReadOnlyList<User> Users(int count)
    {
        var users = new List<User>(count);
        for (var i = 0; i < count; i++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var createdAt = Between(OpenedAt, AsOf.AddDays(-30));
            users.Add(new User
            {
                // Names hold no digits, so the number makes the address unique.
                Email = $"{Letters(first)}.{Letters(last)}{i + 1}@{Pick(EmailDomains)}",
                DisplayName = $"{first} {last}",
                Role = (i + 1) % 100 == 0 ? UserRole.Admin : (i + 1) % 20 == 0 ? UserRole.Partner : UserRole.Customer,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
            });
        }

        return users;
    }

    /// <summary>
    /// Orders spread evenly over the two years before AsOf, each by a customer who had signed up by then, with 1 to 5
    /// distinct products and a status history that has advanced as far as AsOf allows. The products and customers
    /// must be saved (their ids are used); the orders are generated lazily so that large sizes stream in batches.
    /// </summary>
    public IEnumerable<Order> Orders(int count, IReadOnlyList<User> customers, IReadOnlyList<Product> products)
    {
        var bySignUp = customers.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();
        var windowSeconds = (AsOf - OrdersFrom).Ticks / TimeSpan.TicksPerSecond;
        var slotSeconds = Math.Max(1, windowSeconds / Math.Max(count, 1));
        var signedUp = 0;
        for (var i = 0; i < count; i++)
        {
            var placedAt = OrdersFrom.AddSeconds((double)(windowSeconds * i / count) + faker.Random.Long(0, slotSeconds - 1));
            while (signedUp < bySignUp.Count && bySignUp[signedUp].CreatedAt <= placedAt)
            {
                signedUp++;
            }

            // Before anyone signed up, the earliest customer places the order on the day they join.
            var customer = signedUp == 0 ? bySignUp[0] : bySignUp[faker.Random.Int(0, signedUp - 1)];
            if (placedAt < customer.CreatedAt)
            {
                placedAt = customer.CreatedAt;
            }

            var order = new Order
            {
                CustomerId = customer.Id,
                Currency = Currency,
                IdempotencyKey = faker.Random.Int(0, 4) == 0 ? null : faker.Random.Guid().ToString(),
                PlacedAt = placedAt,
            };
            AddLines(order, products);
            AddHistory(order);
            yield return order;
        }
    }

    private void AddLines(Order order, IReadOnlyList<Product> products)
    {
        var lineCount = Math.Min(faker.Random.Int(1, 5), products.Count);
        var picked = new List<Product>(lineCount);
        while (picked.Count < lineCount)
        {
            var product = Pick(products);
            if (picked.Contains(product))
            {
                continue;
            }

            picked.Add(product);
            var quantity = Quantity();
            order.Lines.Add(new OrderLine
            {
                // The id, not the navigation: the product is saved and no longer tracked.
                ProductId = product.Id,
                Quantity = quantity,
                UnitPriceMinor = product.PriceMinor,
                LineTotalMinor = product.PriceMinor * quantity,
            });
        }

        order.TotalMinor = order.Lines.Sum(l => l.LineTotalMinor);
    }

    private void AddHistory(Order order)
    {
        var at = order.PlacedAt;
        Enter(order, OrderStatus.Pending, at);
        if (faker.Random.Int(1, 100) <= 6)
        {
            // Cancelled by the customer or for want of payment, unless AsOf comes first.
            var cancelledAt = at.AddMinutes(faker.Random.Int(5, 2 * 24 * 60));
            if (cancelledAt <= AsOf)
            {
                Enter(order, OrderStatus.Cancelled, cancelledAt);
            }

            return;
        }

        foreach (var (status, minMinutes, maxMinutes) in Fulfilment)
        {
            at = at.AddMinutes(faker.Random.Int(minMinutes, maxMinutes));
            if (at > AsOf)
            {
                return;
            }

            Enter(order, status, at);
        }
    }

    private static void Enter(Order order, OrderStatus status, DateTime at)
    {
        order.StatusHistory.Add(new OrderStatusChange { Status = status, ChangedAt = at });
        order.Status = status;
        order.UpdatedAt = at;
    }

    /// <summary>A price ending in .99, most of them small: 40% under 20, 30% under 100, 20% under 500, the rest up to 2000.</summary>
    private long Price()
    {
        var band = faker.Random.Int(1, 10);
        var units = band <= 4 ? faker.Random.Int(2, 20)
            : band <= 7 ? faker.Random.Int(21, 100)
            : band <= 9 ? faker.Random.Int(101, 500)
            : faker.Random.Int(501, 2000);
        return units * 100L - 1;
    }

    /// <summary>Mostly one unit: 55% one, 25% two, 10% three, 6% four, 4% five.</summary>
    private int Quantity()
    {
        var roll = faker.Random.Int(1, 100);
        return roll <= 55 ? 1 : roll <= 80 ? 2 : roll <= 90 ? 3 : roll <= 96 ? 4 : 5;
    }

    // Indexing keeps a pick O(1) on any list.
    private T Pick<T>(IReadOnlyList<T> items) => items[faker.Random.Int(0, items.Count - 1)];

    private DateTime Between(DateTime from, DateTime to) =>
        from.AddSeconds(faker.Random.Long(0, (to - from).Ticks / TimeSpan.TicksPerSecond));

    private static string Letters(string name) =>
        string.Concat(name.Where(char.IsAsciiLetter)).ToLowerInvariant();
}
