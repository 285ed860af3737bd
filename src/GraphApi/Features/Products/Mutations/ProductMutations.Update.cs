using GraphApi.Data;
using GraphApi.Features.Mutations;
using GraphApi.Features.Nodes;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.Mutations;

public sealed partial class ProductMutations
{
    public Task<MutationResult<int>> UpdateProductAsync(UpdateProductRequest request, CancellationToken cancellationToken)
    {
        var sku = request.Sku is null ? null : ProductRules.NormalizeSku(request.Sku);
        var name = request.Name is null ? null : ProductRules.NormalizeName(request.Name);
        var description = ProductRules.NormalizeDescription(request.Description.Value);
        var errors = new List<MutationError>();
        if (sku is not null)
        {
            ProductRules.CheckSku(sku, errors);
        }

        if (name is not null)
        {
            ProductRules.CheckName(name, errors);
        }

        ProductRules.CheckDescription(description, errors);
        if (errors.Count > 0)
        {
            return Task.FromResult(MutationResult<int>.Failure(errors));
        }

        return ChangeAsync(
            request.ProductId,
            request.ExpectedVersion,
            async (db, product, ct) =>
            {
                if (request.CategoryId is { } categoryId && categoryId != product.CategoryId)
                {
                    if (!await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
                    {
                        return CategoryNotFoundError.For(categoryId);
                    }

                    product.CategoryId = categoryId;
                }

                if (sku is not null && sku != product.Sku)
                {
                    if (await SkuOwnerAsync(db, sku, ct) is { } owner)
                    {
                        return SkuTaken(sku, owner);
                    }

                    product.Sku = sku;
                }

                product.Name = name ?? product.Name;
                if (request.Description.HasValue)
                {
                    product.Description = description;
                }

                return null;
            },
            cancellationToken);
    }

    public Task<MutationResult<int>> SetProductPriceAsync(SetProductPriceRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<MutationError>();
        if (ProductRules.ToMinorUnits(request.Price, errors) is not { } priceMinor)
        {
            return Task.FromResult(MutationResult<int>.Failure(errors));
        }

        return ChangeAsync(
            request.ProductId,
            request.ExpectedVersion,
            (_, product, _) =>
            {
                product.PriceMinor = priceMinor;
                product.Currency = request.Price.Currency;
                return Task.FromResult<MutationError?>(null);
            },
            cancellationToken);
    }

    /// <summary>
    /// Loads the product, checks the version the client expects, applies <paramref name="change"/> (which returns an
    /// error to stop) and saves. Saving matches the version read, so a change saved in between — possible on SQL
    /// Server, where writers run in parallel — is a conflict rather than lost.
    /// </summary>
    private Task<MutationResult<int>> ChangeAsync(
        int productId,
        long? expectedVersion,
        Func<ShopDbContext, Product, CancellationToken, Task<MutationError?>> change,
        CancellationToken cancellationToken) =>
        ShopTransaction.RunAsync<int>(
            contexts,
            async (db, ct) =>
            {
                var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
                if (product is null)
                {
                    return ProductNotFoundError.For(productId);
                }

                if (expectedVersion is { } expected && expected != product.Version)
                {
                    return Conflict(productId, expected, product.Version);
                }

                if (await change(db, product, ct) is { } error)
                {
                    return error;
                }

                var readVersion = product.Version;
                ProductEvents.AddTo(outbox, db, product);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    var actual = await db.Products.Where(p => p.Id == productId).Select(p => p.Version).FirstAsync(ct);
                    return Conflict(productId, expectedVersion ?? readVersion, actual);
                }

                return productId;
            },
            cancellationToken);

    private static ConcurrencyConflictError Conflict(int productId, long expected, long actual) =>
        new(
            $"Product \"{GlobalId.Encode("Product", productId)}\" is at version {actual}, not {expected}: it changed since it was "
            + "read. Read it again and retry.",
            expected,
            actual);
}
