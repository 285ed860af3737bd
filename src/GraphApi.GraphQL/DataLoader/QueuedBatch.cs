namespace GraphApi.GraphQL.DataLoader;

/// <summary>A loader as its <see cref="DataLoaderScope"/> sees it: something that may have keys waiting.</summary>
internal interface IQueuedLoader
{
    /// <summary>Takes the keys waiting for a batch (null if none); keys loaded afterwards start a new queue.</summary>
    QueuedBatch? TakeQueued();
}

/// <summary>The keys one loader had waiting when its scope dispatched.</summary>
internal abstract class QueuedBatch
{
    /// <summary>Calls the batch function and sets every key's result; never faults (failures go to the keys).</summary>
    public abstract Task RunAsync(CancellationToken cancellationToken);

    /// <summary>Cancels every key without calling the batch function.</summary>
    public abstract void Cancel(CancellationToken cancellationToken);
}
