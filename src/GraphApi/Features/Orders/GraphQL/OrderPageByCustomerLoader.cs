using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Paging;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>
/// A page of orders per customer (<c>User.orders</c> of every user in a list), for one page request and filter:
/// one statement per batch, the database paging each customer's orders with a window function. Totals are
/// counted, for all customers of the batch at once, only when a page's <c>totalCount</c> is selected. Only orders the
/// viewer may see are read: an anonymous viewer gets empty pages, without a statement.
/// </summary>
public sealed class OrderPageByCustomerLoader(RequestLoaders loaders, Projection<Order> projection, Viewer? viewer, OrderFilter? filter, PageRequest page)
    : BatchDataLoader<int, Connection<Order>>(loaders.Scope, RequestLoaders.BatchOptions)
{
    /// <summary>
    /// The request's loader of pages read with <paramref name="projection"/>, which must read
    /// <see cref="Order.CustomerId"/> and the keys of <see cref="OrderQueries.NewestFirst"/>.
    /// </summary>
    public static OrderPageByCustomerLoader Of(RequestLoaders loaders, Projection<Order> projection, Viewer? viewer, OrderFilter? filter, PageRequest page) =>
        loaders.Get(projection.Key + "|" + filter?.Status + "|" + page.Key, l => new OrderPageByCustomerLoader(l, projection, viewer, filter, page));

    protected override async Task<IReadOnlyDictionary<int, Connection<Order>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        List<Order> rows = [];
        if (viewer is not null)
        {
            await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
            rows = await OrderQueries.PagesByCustomerIds(db, viewer, keys, filter, page, projection).ToListAsync(cancellationToken);
        }

        var counts = OrderCountByCustomerLoader.Of(loaders, viewer, filter);
        var byCustomer = rows.ToLookup(o => o.CustomerId);
        var pages = new Dictionary<int, Connection<Order>>(keys.Count);
        foreach (var customerId in keys)
        {
            pages[customerId] = KeysetPaging.ToConnection(
                byCustomer[customerId].ToList(),
                OrderQueries.NewestFirst,
                page,
                token => counts.LoadAsync(customerId, token));
        }

        return pages;
    }
}
