using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.GraphQL;

/// <summary>Categories by ID (a product's category, <c>Query.node</c>), in one statement per batch, reading one projection.</summary>
public sealed class CategoryByIdLoader(RequestLoaders loaders, Projection<Category> projection)
    : BatchDataLoader<int, Category>(loaders.Scope, RequestLoaders.BatchOptions)
{
    /// <summary>The request's loader of categories read with <paramref name="projection"/>.</summary>
    public static CategoryByIdLoader Of(RequestLoaders loaders, Projection<Category> projection) =>
        loaders.Get(projection.Key, l => new CategoryByIdLoader(l, projection));

    protected override async Task<IReadOnlyDictionary<int, Category>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await ProductQueries.CategoriesByIds(db, keys, projection).ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}
