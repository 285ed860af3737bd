using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Users.GraphQL;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>Orders by ID that the viewer may see (<see cref="OrderQueries.VisibleTo"/>).</summary>
public sealed class OrderByIdLoader(RequestLoaders loaders, Projection<Order> projection, Viewer? viewer)
    : VisibleByIdLoader<Order>(loaders, projection, viewer)
{
    /// <summary>The request's loader of orders read with <paramref name="projection"/> (the viewer is the request's).</summary>
    public static OrderByIdLoader Of(RequestLoaders loaders, Projection<Order> projection, Viewer? viewer) =>
        loaders.Get(projection.Key, l => new OrderByIdLoader(l, projection, viewer));

    protected override IQueryable<Order> Query(ShopDbContext db, Viewer viewer, IReadOnlyList<int> ids, Projection<Order> projection) =>
        OrderQueries.ByIds(db, viewer, ids, projection);

    protected override int IdOf(Order row) => row.Id;
}
