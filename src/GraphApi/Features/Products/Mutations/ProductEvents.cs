using GraphApi.Data;
using GraphApi.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.Mutations;

/// <summary>
/// The events of a change to a product, from what EF Core's change tracking says changed: a
/// <see cref="ProductPriceChanged"/> when the price did, and a <see cref="ProductChanged"/> naming the fields of
/// the GraphQL type <c>Product</c> that did. Nothing when nothing changed.
/// </summary>
internal static class ProductEvents
{
    public const string StockQuantity = "stockQuantity";

    private const string Price = "price";

    /// <summary>Each stored property that a client can see, and the field of <c>Product</c> that shows it.</summary>
    private static readonly (string Property, string Field)[] Fields =
    [
        (nameof(Product.Sku), "sku"),
        (nameof(Product.Name), "name"),
        (nameof(Product.Description), "description"),
        (nameof(Product.CategoryId), "category"),
        (nameof(Product.PriceMinor), Price),
        (nameof(Product.Currency), Price),
        (nameof(Product.StockQuantity), StockQuantity),
    ];

    /// <summary>Adds the events of the unsaved changes to <paramref name="product"/>; the caller's SaveChanges writes them with the change.</summary>
    public static void AddTo(IEventOutbox outbox, ShopDbContext db, Product product)
    {
        db.ChangeTracker.DetectChanges();
        var entry = db.Entry(product);
        var changed = Fields
            .Where(f => !Equals(entry.Property(f.Property).OriginalValue, entry.Property(f.Property).CurrentValue))
            .Select(f => f.Field)
            .Distinct()
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (changed.Contains(Price))
        {
            var previousPrice = (long)entry.Property(nameof(Product.PriceMinor)).OriginalValue!;
            var previousCurrency = (string)entry.Property(nameof(Product.Currency)).OriginalValue!;
            outbox.Add(db, new ProductPriceChanged(product.Id, previousPrice, previousCurrency, product.PriceMinor, product.Currency));
        }

        outbox.Add(db, new ProductChanged(product.Id, changed));
    }
}
