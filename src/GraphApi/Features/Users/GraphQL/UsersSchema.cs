using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Nodes;
using GraphApi.Features.Paging;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>The users' read API: <c>User</c>, <c>Query.me</c> and <c>Query.users</c> (admins only).</summary>
public static class UsersSchema
{
    public static ExecutableSchemaBuilder BindUsers(this ExecutableSchemaBuilder schema) => schema
        .BindType<User>(nameof(User))
        .BindConnection<User>(nameof(User))
        .Resolve<User>(nameof(User), "id", (user, _) => GlobalId.Encode(nameof(User), user.Id))
        .Resolve<User>(nameof(User), "name", (user, _) => user.DisplayName)
        .Resolve("Query", "me", MeAsync)
        .Resolve("Query", "users", UsersAsync);

    private static ValueTask<object?> MeAsync(IResolverContext context)
    {
        var viewer = Viewer.Require(context);
        var projection = UserProjections.User.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(UserByIdLoader.Of(RequestLoaders.Of(context), projection, viewer).LoadAsync(viewer.UserId, context.CancellationToken));
    }

    private static async ValueTask<object?> UsersAsync(IResolverContext context)
    {
        var order = UserQueries.BySignUp;
        var page = PageRequest.From(context, order);
        var projection = UserProjections.User.For(SelectedFields.OnConnectionItems(context.Selection), order.Members);
        var databases = context.Service<IDbContextFactory<ShopDbContext>>();

        List<User> rows;
        await using (var db = await databases.CreateDbContextAsync(context.CancellationToken))
        {
            rows = await UserQueries.Page(db, page, projection).ToListAsync(context.CancellationToken);
        }

        return KeysetPaging.ToConnection(rows, order, page, async cancellationToken =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await db.Users.CountAsync(cancellationToken);
        });
    }
}
