namespace GraphApi.GraphQL.DataLoader;

/// <summary>
/// The contract between the executor and the DataLoaders of one request. Loaders queue keys while
/// resolvers run; the executor dispatches the queued batches only when no resolver can make progress
/// without them, so that each loader runs once per list-nesting level of a query, whatever the page size.
/// </summary>
public interface IBatchDispatcher
{
    /// <summary>True when at least one loader has keys waiting for a batch.</summary>
    bool HasPending { get; }

    /// <summary>
    /// Runs one batch for every loader with waiting keys and completes when all their results (or errors)
    /// are set. Keys queued while this runs (by resolvers continuing on loaded values) wait for the next call.
    /// </summary>
    Task DispatchAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A task that completes the next time a key is queued, so that an executor waiting for resolvers also
    /// wakes when one of them asks for more data. Completes at once if keys are already waiting.
    /// </summary>
    Task WhenPending();
}
