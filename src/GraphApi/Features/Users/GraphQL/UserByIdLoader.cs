using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>
/// Users by ID that the viewer may see (others load as null), in one statement per batch, reading one
/// projection. An anonymous viewer sees none, and no statement is run.
/// </summary>
public sealed class UserByIdLoader(RequestLoaders loaders, Projection<User> projection, Viewer? viewer)
    : BatchDataLoader<int, User>(loaders.Scope, RequestLoaders.BatchOptions)
{
    /// <summary>The request's loader of users read with <paramref name="projection"/> (the viewer is the request's).</summary>
    public static UserByIdLoader Of(RequestLoaders loaders, Projection<User> projection, Viewer? viewer) =>
        loaders.Get(projection.Key, l => new UserByIdLoader(l, projection, viewer));

    protected override async Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return new Dictionary<int, User>();
        }

        await using var db = await loaders.Databases.CreateDbContextAsync(cancellationToken);
        return await UserQueries.ByIds(db, viewer, keys, projection).ToDictionaryAsync(u => u.Id, cancellationToken);
    }
}
