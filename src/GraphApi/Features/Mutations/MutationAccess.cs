using GraphApi.Features.GraphQL;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Mutations;

/// <summary>
/// Who may run a mutation, checked before it touches anything: a refused mutation is a GraphQL error with code
/// UNAUTHENTICATED or AUTH_NOT_AUTHORIZED, and its field is null.
/// </summary>
public static class MutationAccess
{
    /// <summary>The signed-in viewer running the mutation field of <paramref name="context"/>.</summary>
    public static Viewer RequireSignedIn(IResolverContext context) =>
        Viewer.From(context.User)
        ?? throw new FieldErrorException($"Sign in to use \"{context.Field.Name}\".", ShopErrorCodes.Unauthenticated);

    /// <summary>The signed-in admin running the mutation field of <paramref name="context"/>.</summary>
    public static Viewer RequireAdmin(IResolverContext context)
    {
        var viewer = RequireSignedIn(context);
        return viewer.IsAdmin
            ? viewer
            : throw new FieldErrorException($"Only admins may use \"{context.Field.Name}\".", ShopErrorCodes.NotAuthorized);
    }
}
