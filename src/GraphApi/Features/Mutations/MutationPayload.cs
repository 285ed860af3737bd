using GraphApi.Features.GraphQL;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Mutations;

/// <summary>
/// The CLR side of every mutation payload type: the ID of the row the mutation produced or changed (its result
/// field loads the row with the fields the client selected), or the errors that stopped it.
/// </summary>
public sealed record MutationPayload(int? Id, IReadOnlyList<MutationError> Errors)
{
    /// <summary>
    /// The payload of a mutation that has run. The request's loaders are dropped first: earlier fields of the same
    /// request may have cached rows this mutation changed, and its payload must show them as they are now.
    /// </summary>
    public static MutationPayload Of(MutationResult<int> result, IResolverContext context)
    {
        RequestLoaders.Of(context).Forget();
        return new(result.Succeeded ? result.Value : null, result.Errors);
    }
}
