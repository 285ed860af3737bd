using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>
/// Orders by ID that the viewer may see (others load as null, as if they did not exist), in one statement per
/// batch, reading one projection. An anonymous viewer sees none, and no statement is run.
/// </summary>
public sealed class OrderByIdLoader(RequestLoaders loaders, Projection<Order> projection, Viewer? viewer)
    : BatchDataLoader<int, Order>(loaders.Scope, RequestLoaders.BatchOptions)
{
    /// <summary>The request's loader of orders read with <paramref name="projection"/> (the viewer is the request's).</summary>
    public static OrderByIdLoader Of(RequestLoaders loaders, Projection<Order> projection, Viewer? viewer) =>
        loaders.Get(projection.Key, l => new OrderByIdLoader(l, projection, viewer));

    protected override async Task<IReadOnlyDictionary<int, Order>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return new Dictionary<int, Order>();
        }

        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await OrderQueries.ByIds(db, viewer, keys, projection).ToDictionaryAsync(o => o.Id, cancellationToken);
    }
}
