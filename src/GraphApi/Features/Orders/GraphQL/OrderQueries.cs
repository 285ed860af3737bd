using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Paging;
using GraphApi.Features.Users.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>
/// The queries of the order read API, each with its projection. Ownership is part of the SQL: a customer's
/// queries read only rows of their own orders. Resolvers and DataLoaders run them; tests print their SQL.
/// </summary>
public static class OrderQueries
{
    /// <summary>Newest first; served by the (CustomerId, PlacedAt, Id), (PlacedAt, Id) and (Status, PlacedAt, Id) indexes.</summary>
    public static KeysetOrder<Order> NewestFirst { get; } =
        new("PLACED_AT_DESC", SortKey<Order>.DescendingBy(o => o.PlacedAt), SortKey<Order>.DescendingBy(o => o.Id));

    /// <summary>
    /// The orders <paramref name="viewer"/> may see: all of them for a partner or an admin, else their own. The
    /// same rule as the contract's <c>orderReader</c> policy (<see cref="ShopPolicies"/>), applied in SQL so that
    /// another customer's rows are never read.
    /// </summary>
    public static IQueryable<Order> VisibleTo(ShopDbContext db, Viewer viewer)
    {
        var orders = db.Orders.AsNoTracking();
        var customerId = viewer.UserId;
        return viewer.SeesEveryOrder ? orders : orders.Where(o => o.CustomerId == customerId);
    }

    public static IQueryable<Order> Filtered(IQueryable<Order> orders, OrderFilter? filter)
    {
        if (filter?.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        return orders;
    }

    /// <summary>A page of <c>Query.orders</c>.</summary>
    public static IQueryable<Order> Page(ShopDbContext db, Viewer viewer, OrderFilter? filter, PageRequest page, Projection<Order> projection) =>
        KeysetPaging.Slice(Filtered(VisibleTo(db, viewer), filter), NewestFirst, page).Select(projection.Selector);

    /// <summary>The orders of <paramref name="ids"/> that <paramref name="viewer"/> may see (a DataLoader batch).</summary>
    public static IQueryable<Order> ByIds(ShopDbContext db, Viewer viewer, IReadOnlyList<int> ids, Projection<Order> projection) =>
        VisibleTo(db, viewer).Where(o => ids.Contains(o.Id)).Select(projection.Selector);

    /// <summary>The lines of the orders <paramref name="orderIds"/>, each order's in the order they were written (a DataLoader batch).</summary>
    public static IQueryable<OrderLine> LinesByOrderIds(ShopDbContext db, IReadOnlyList<int> orderIds, Projection<OrderLine> projection) =>
        db.OrderLines.AsNoTracking()
            .Where(l => orderIds.Contains(l.OrderId))
            .OrderBy(l => l.OrderId)
            .ThenBy(l => l.Id)
            .Select(projection.Selector);

    /// <summary>
    /// A page of orders of each customer of <paramref name="customerIds"/> (<c>User.orders</c> of many users) that
    /// <paramref name="viewer"/> may see, in one statement with a window function.
    /// </summary>
    public static IQueryable<Order> PagesByCustomerIds(
        ShopDbContext db, Viewer viewer, IReadOnlyList<int> customerIds, OrderFilter? filter, PageRequest page, Projection<Order> projection) =>
        KeysetPaging.SlicePerParent(
                db.Users.Where(u => customerIds.Contains(u.Id)),
                u => u.Id,
                Filtered(VisibleTo(db, viewer).Where(o => customerIds.Contains(o.CustomerId)), filter),
                o => o.CustomerId,
                NewestFirst,
                page)
            .Select(projection.Selector);

    /// <summary>How many orders each customer of <paramref name="customerIds"/> has that <paramref name="viewer"/> may see (<c>User.orders.totalCount</c> of many users).</summary>
    public static IQueryable<CustomerOrderCount> CountsByCustomerIds(ShopDbContext db, Viewer viewer, IReadOnlyList<int> customerIds, OrderFilter? filter) =>
        Filtered(VisibleTo(db, viewer).Where(o => customerIds.Contains(o.CustomerId)), filter)
            .GroupBy(o => o.CustomerId)
            .Select(g => new CustomerOrderCount(g.Key, g.Count()));

    public static Task<int> CountAsync(ShopDbContext db, Viewer viewer, OrderFilter? filter, CancellationToken cancellationToken) =>
        Filtered(VisibleTo(db, viewer), filter).CountAsync(cancellationToken);
}

/// <summary>A row of <see cref="OrderQueries.CountsByCustomerIds"/>.</summary>
public sealed record CustomerOrderCount(int CustomerId, int Count);
