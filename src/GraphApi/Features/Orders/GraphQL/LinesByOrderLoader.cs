using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>The lines of orders by order ID (<c>Order.lines</c>), in one statement per batch, reading one projection.</summary>
public sealed class LinesByOrderLoader(RequestLoaders loaders, Projection<OrderLine> projection)
    : GroupDataLoader<int, OrderLine>(loaders.Scope, RequestLoaders.BatchOptions)
{
    /// <summary>
    /// The request's loader of lines read with <paramref name="projection"/>, which must read
    /// <see cref="OrderLine.OrderId"/> to group them.
    /// </summary>
    public static LinesByOrderLoader Of(RequestLoaders loaders, Projection<OrderLine> projection) =>
        loaders.Get(projection.Key, l => new LinesByOrderLoader(l, projection));

    protected override async Task<ILookup<int, OrderLine>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        var lines = await OrderQueries.LinesByOrderIds(db, keys, projection).ToListAsync(cancellationToken);
        return lines.ToLookup(l => l.OrderId);
    }
}
