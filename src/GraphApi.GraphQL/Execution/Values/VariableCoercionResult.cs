using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// The outcome of spec §6.1.2 CoerceVariableValues: the coerced values (a variable that was neither given
/// nor defaulted has no entry, which is not the same as null), or the errors that fail the request.
/// </summary>
public sealed class VariableCoercionResult
{
    public static readonly VariableCoercionResult Empty = new(new Dictionary<string, object?>(0), []);

    public VariableCoercionResult(IReadOnlyDictionary<string, object?> values, IReadOnlyList<GraphQLError> errors)
    {
        Values = values;
        Errors = errors;
    }

    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>Request errors (code <c>BAD_USER_INPUT</c>); when there are any, the operation must not run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;
}
