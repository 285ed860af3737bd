namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The outcome of <see cref="RequestExecutor.SubscribeAsync"/> (spec §6.2.3 Subscribe): either the error
/// that kept the subscription from starting, or the response stream — one result per source event.
/// Exactly one of the two is set.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? error, IAsyncEnumerable<ExecutionResult>? stream)
    {
        Error = error;
        Stream = stream;
    }

    public ExecutionResult? Error { get; }

    /// <summary>
    /// The response stream. Enumerating it subscribes; cancelling the enumeration (or the request's
    /// token) disposes the source stream.
    /// </summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    internal static SubscriptionResult Failed(ExecutionResult error) => new(error, null);

    internal static SubscriptionResult Streaming(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream);
}
