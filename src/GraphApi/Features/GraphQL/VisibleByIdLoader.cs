using GraphApi.Data;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.GraphQL;

/// <summary>
/// Rows by ID that the viewer may see (others load as null, as if they did not exist), in one statement per
/// batch, reading one projection: the query filters by viewer, so a row the viewer may not see is never read.
/// An anonymous viewer sees none, and no statement is run.
/// </summary>
public abstract class VisibleByIdLoader<TEntity>(RequestLoaders loaders, Projection<TEntity> projection, Viewer? viewer)
    : BatchDataLoader<int, TEntity>(loaders.Scope, RequestLoaders.BatchOptions)
    where TEntity : class
{
    /// <summary>The rows of <paramref name="ids"/> that <paramref name="viewer"/> may see, read with <paramref name="projection"/>.</summary>
    protected abstract IQueryable<TEntity> Query(ShopDbContext db, Viewer viewer, IReadOnlyList<int> ids, Projection<TEntity> projection);

    protected abstract int IdOf(TEntity row);

    protected sealed override async Task<IReadOnlyDictionary<int, TEntity>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return new Dictionary<int, TEntity>();
        }

        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await Query(db, viewer, keys, projection).ToDictionaryAsync(IdOf, cancellationToken);
    }
}
