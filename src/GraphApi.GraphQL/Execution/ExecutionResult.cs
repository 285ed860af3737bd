using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Why a request failed before execution started, so that a transport can pick the status code the
/// GraphQL-over-HTTP specification asks for. <see cref="None"/> means execution ran (it may still have
/// field errors).
/// </summary>
public enum RequestFailure
{
    None,

    /// <summary>No document text was given.</summary>
    MissingQuery,

    /// <summary>The document is not syntactically valid (spec §2).</summary>
    Parse,

    /// <summary>The document failed validation (spec §5).</summary>
    Validation,

    /// <summary>The operation name is missing (several operations) or names no operation (spec §6.1 GetOperation).</summary>
    UnknownOperation,

    /// <summary>The variables could not be coerced (spec §6.1.2 CoerceVariableValues).</summary>
    VariableCoercion,

    /// <summary>The operation type is not allowed by the caller (e.g. a mutation over HTTP GET).</summary>
    OperationNotAllowed,
}

/// <summary>
/// The result of a request (spec §7.1 Response Format): <c>data</c>, <c>errors</c> and <c>extensions</c>.
/// <see cref="HasData"/> tells "data": null (execution ran and the root was nulled) from no data entry
/// at all (the request failed before execution).
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The data of the root selection set, or null.</summary>
    public ResultMap? Data { get; init; }

    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public RequestFailure Failure { get; init; }

    public static ExecutionResult RequestError(RequestFailure failure, IReadOnlyList<GraphQLError> errors) =>
        new() { Failure = failure, Errors = errors };
}
