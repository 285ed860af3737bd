using GraphApi.Features.GraphQL;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>How many orders (matching a filter) each customer has, in one grouped statement per batch.</summary>
public sealed class OrderCountByCustomerLoader(RequestLoaders loaders, OrderFilter? filter)
    : BatchDataLoader<int, int>(loaders.Scope, RequestLoaders.BatchOptions)
{
    public static OrderCountByCustomerLoader Of(RequestLoaders loaders, OrderFilter? filter) =>
        loaders.Get(filter?.Status.ToString() ?? "", l => new OrderCountByCustomerLoader(l, filter));

    protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await OrderQueries.CountsByCustomerIds(db, keys, filter).ToDictionaryAsync(c => c.CustomerId, c => c.Count, cancellationToken);
    }
}
