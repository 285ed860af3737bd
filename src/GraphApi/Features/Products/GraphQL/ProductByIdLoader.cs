using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.GraphQL;

/// <summary>Products by ID, in one statement per batch, reading one projection.</summary>
public sealed class ProductByIdLoader(RequestLoaders loaders, Projection<Product> projection)
    : BatchDataLoader<int, Product>(loaders.Scope, RequestLoaders.BatchOptions)
{
    /// <summary>The request's loader of products read with <paramref name="projection"/>.</summary>
    public static ProductByIdLoader Of(RequestLoaders loaders, Projection<Product> projection) =>
        loaders.Get(projection.Key, l => new ProductByIdLoader(l, projection));

    protected override async Task<IReadOnlyDictionary<int, Product>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await ProductQueries.ByIds(db, keys, projection).ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
