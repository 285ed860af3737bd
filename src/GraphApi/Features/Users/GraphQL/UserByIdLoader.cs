using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>Users by ID that the viewer may see (<see cref="UserQueries.VisibleTo"/>).</summary>
public sealed class UserByIdLoader(RequestLoaders loaders, Projection<User> projection, Viewer? viewer)
    : VisibleByIdLoader<User>(loaders, projection, viewer)
{
    /// <summary>The request's loader of users read with <paramref name="projection"/> (the viewer is the request's).</summary>
    public static UserByIdLoader Of(RequestLoaders loaders, Projection<User> projection, Viewer? viewer) =>
        loaders.Get(projection.Key, l => new UserByIdLoader(l, projection, viewer));

    protected override IQueryable<User> Query(ShopDbContext db, Viewer viewer, IReadOnlyList<int> ids, Projection<User> projection) =>
        UserQueries.ByIds(db, viewer, ids, projection);

    protected override int IdOf(User row) => row.Id;
}
