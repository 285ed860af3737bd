using GraphApi.Data;
using GraphApi.Features.Events;
using GraphApi.Features.Mutations;
using GraphApi.Features.Nodes;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.Mutations;

/// <summary>
/// Creating and changing products, each in one transaction (see <see cref="ShopTransaction"/>). Callers have checked
/// that the viewer may manage the catalogue; these methods enforce the rules of the data.
/// </summary>
public sealed partial class ProductMutations(IDbContextFactory<ShopDbContext> contexts, IEventOutbox outbox, TimeProvider clock)
{
    public async Task<MutationResult<int>> CreateProductAsync(CreateProductRequest request, CancellationToken cancellationToken)
    {
        var sku = ProductRules.NormalizeSku(request.Sku);
        var name = ProductRules.NormalizeName(request.Name);
        var description = ProductRules.NormalizeDescription(request.Description);
        var errors = new List<MutationError>();
        ProductRules.CheckSku(sku, errors);
        ProductRules.CheckName(name, errors);
        ProductRules.CheckDescription(description, errors);
        var priceMinor = ProductRules.ToMinorUnits(request.Price, errors);
        if (request.StockQuantity < 0)
        {
            errors.Add(new ValidationError($"The stock cannot be negative, not {request.StockQuantity}.", "stockQuantity"));
        }

        if (errors.Count > 0 || priceMinor is not { } price)
        {
            return MutationResult<int>.Failure(errors);
        }

        try
        {
            return await ShopTransaction.RunAsync<int>(
                contexts,
                async (db, ct) =>
                {
                    if (!await db.Categories.AnyAsync(c => c.Id == request.CategoryId, ct))
                    {
                        return CategoryNotFoundError.For(request.CategoryId);
                    }

                    if (await SkuOwnerAsync(db, sku, ct) is { } owner)
                    {
                        return SkuTaken(sku, owner);
                    }

                    var product = new Product
                    {
                        Sku = sku,
                        Name = name,
                        Description = description,
                        PriceMinor = price,
                        Currency = request.Price.Currency,
                        StockQuantity = request.StockQuantity,
                        CategoryId = request.CategoryId,
                    };
                    db.Products.Add(product);
                    await db.SaveChangesAsync(ct);
                    return product.Id;
                },
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // On SQL Server another request may take the SKU between the check and the insert (SQLite runs them
            // one after the other); the unique index rejects the second.
            await using var db = contexts.CreateDbContext();
            if (await SkuOwnerAsync(db, sku, cancellationToken) is { } owner)
            {
                return SkuTaken(sku, owner);
            }

            throw;
        }
    }

    /// <summary>Takes (negative <paramref name="delta"/>) or adds units of stock, never going below zero.</summary>
    public async Task<MutationResult<int>> AdjustStockAsync(int productId, int delta, CancellationToken cancellationToken)
    {
        if (delta == 0)
        {
            return new ValidationError("The change of stock cannot be 0.", "delta");
        }

        if (delta == int.MinValue)
        {
            // Its negation, the units requested, is not an int.
            return new ValidationError($"The change of stock must be at least {-int.MaxValue}.", "delta");
        }

        return await ShopTransaction.RunAsync<int>(
            contexts,
            async (db, ct) =>
            {
                if (await ProductStock.TryAdjustAsync(db, productId, delta, clock.GetUtcNow().UtcDateTime, ct))
                {
                    outbox.Add(db, new ProductChanged(productId, [ProductEvents.StockQuantity]));
                    await db.SaveChangesAsync(ct);
                    return productId;
                }

                var product = await db.Products.AsNoTracking()
                    .Where(p => p.Id == productId)
                    .Select(p => new { p.Name, p.StockQuantity })
                    .FirstOrDefaultAsync(ct);
                if (product is null)
                {
                    return ProductNotFoundError.For(productId);
                }

                return delta < 0
                    ? InsufficientStockError.For(productId, product.Name, -delta, product.StockQuantity)
                    : new ValidationError($"The stock of \"{product.Name}\" cannot exceed {int.MaxValue}.", "delta");
            },
            cancellationToken);
    }

    private static Task<int?> SkuOwnerAsync(ShopDbContext db, string sku, CancellationToken cancellationToken) =>
        db.Products.Where(p => p.Sku == sku).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);

    private static ValidationError SkuTaken(string sku, int owner) =>
        new($"The SKU \"{sku}\" is already used by product \"{GlobalId.Encode("Product", owner)}\".", "sku");
}
