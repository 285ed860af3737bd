using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Execution;

/// <summary>The limits and policies of a <see cref="RequestExecutor"/>. Every default suits a public API server.</summary>
/// <remarks>
/// There is no separate execution depth limit: execution recurses once per selection set and list level,
/// both bounded by <see cref="ParserOptions.MaxDepth"/>. The size of lists is the resolvers' to bound
/// (pagination); the executor completes what they return.
/// </remarks>
public sealed class ExecutionOptions
{
    private int _documentCacheSize = 1000;
    private int _planCacheSize = 1000;

    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// How many distinct documents (by SHA-256 of their text) stay parsed and validated, least recently used
    /// evicted first. Default 1000: real clients send a few dozen to a few hundred distinct documents, and
    /// an entry is the size of its syntax tree, so the cache stays within a few megabytes for typical queries.
    /// </summary>
    public int DocumentCacheSize
    {
        get => _documentCacheSize;
        init => _documentCacheSize = Positive(value);
    }

    /// <summary>
    /// How many compiled operation plans (by document hash and operation name) are kept, least recently
    /// used evicted first. Default 1000, matching <see cref="DocumentCacheSize"/>: one plan per cached
    /// document with a single operation.
    /// </summary>
    public int PlanCacheSize
    {
        get => _planCacheSize;
        init => _planCacheSize = Positive(value);
    }

    /// <summary>Limits on request documents. Default <see cref="ParserOptions.Default"/> (1 MiB, 15 000 tokens, depth 128).</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Validation limits. Default <see cref="ValidationOptions.Default"/> (at most 100 errors).</summary>
    public ValidationOptions ValidationOptions { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// Whether the message of an exception thrown by a resolver (other than <see cref="FieldErrorException"/>)
    /// reaches the client. Default false: messages can reveal internals (connection strings, SQL), so the
    /// client sees <c>Unexpected error resolving field "Type.field".</c> with code
    /// <c>INTERNAL_SERVER_ERROR</c>; turn it on in development.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>
    /// Called with every exception a resolver (or a subscription's source stream) throws, and the error
    /// reported for it, so that the host can log what the client is not shown. Default: none.
    /// </summary>
    public Action<Exception, GraphQLError>? OnException { get; init; }

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
