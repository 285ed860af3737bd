using GraphApi.Features.GraphQL;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>
/// How many orders (matching a filter, and that the viewer may see) each customer has, in one grouped statement per
/// batch; none for an anonymous viewer, without a statement.
/// </summary>
public sealed class OrderCountByCustomerLoader(RequestLoaders loaders, Viewer? viewer, OrderFilter? filter)
    : BatchDataLoader<int, int>(loaders.Scope, RequestLoaders.BatchOptions)
{
    public static OrderCountByCustomerLoader Of(RequestLoaders loaders, Viewer? viewer, OrderFilter? filter) =>
        loaders.Get(filter?.Status.ToString() ?? "", l => new OrderCountByCustomerLoader(l, viewer, filter));

    protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return new Dictionary<int, int>();
        }

        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await OrderQueries.CountsByCustomerIds(db, viewer, keys, filter).ToDictionaryAsync(c => c.CustomerId, c => c.Count, cancellationToken);
    }
}
