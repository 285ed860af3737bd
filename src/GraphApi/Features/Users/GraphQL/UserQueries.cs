using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Paging;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>
/// The queries of the user read API, each with its projection. Users see themselves; admins see everyone;
/// partners see the customers of the orders they read.
/// </summary>
public static class UserQueries
{
    /// <summary>In the order users signed up: by ID, the primary key.</summary>
    public static KeysetOrder<User> BySignUp { get; } = new("ID_ASC", SortKey<User>.Ascending(u => u.Id));

    /// <summary>
    /// The users <paramref name="viewer"/> may see: everyone for an admin; themselves and every customer who has
    /// placed an order for a partner, who reads every order and its customer; else themselves. The SQL side of
    /// the contract's <c>userReader</c> policy (<see cref="ShopPolicies"/>).
    /// </summary>
    public static IQueryable<User> VisibleTo(ShopDbContext db, Viewer viewer)
    {
        var users = db.Users.AsNoTracking();
        var userId = viewer.UserId;
        if (viewer.IsAdmin)
        {
            return users;
        }

        return viewer.IsPartner
            ? users.Where(u => u.Id == userId || db.Orders.Any(o => o.CustomerId == u.Id))
            : users.Where(u => u.Id == userId);
    }

    /// <summary>A page of <c>Query.users</c> (admins only: <c>@authorize(roles: ["Admin"])</c> in the contract).</summary>
    public static IQueryable<User> Page(ShopDbContext db, PageRequest page, Projection<User> projection) =>
        KeysetPaging.Slice(db.Users.AsNoTracking(), BySignUp, page).Select(projection.Selector);

    /// <summary>The users of <paramref name="ids"/> that <paramref name="viewer"/> may see (a DataLoader batch).</summary>
    public static IQueryable<User> ByIds(ShopDbContext db, Viewer viewer, IReadOnlyList<int> ids, Projection<User> projection) =>
        VisibleTo(db, viewer).Where(u => ids.Contains(u.Id)).Select(projection.Selector);
}
