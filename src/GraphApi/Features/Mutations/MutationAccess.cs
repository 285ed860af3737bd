using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Mutations;

/// <summary>
/// Who runs a mutation. Which roles may run it is declared in the contract (<c>@authorize</c> on the mutation
/// field), and enforced before the resolver runs; the resolver needs the viewer's user ID.
/// </summary>
public static class MutationAccess
{
    /// <summary>The signed-in viewer running the mutation field of <paramref name="context"/>.</summary>
    public static Viewer RequireSignedIn(IResolverContext context) => Viewer.Require(context.User, "Mutation." + context.Field.Name);
}
