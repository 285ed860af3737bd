namespace GraphApi.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: every loader created with this scope enlists here when a key is
/// queued, and the executor (through <see cref="IBatchDispatcher"/>) decides when the queued keys are
/// fetched. Create one per request; disposing it (or cancelling its token) cancels keys still waiting.
/// </summary>
public sealed class DataLoaderScope : IBatchDispatcher, IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationToken _requestAborted;
    private readonly CancellationTokenRegistration _registration;
    private readonly List<IQueuedLoader> _pending = [];
    private TaskCompletionSource? _whenPending;
    private bool _closed;

    /// <param name="requestAborted">
    /// The request's cancellation: when it fires, queued keys are cancelled and running batches see it.
    /// </param>
    public DataLoaderScope(CancellationToken requestAborted = default)
    {
        _requestAborted = requestAborted;
        _registration = requestAborted.UnsafeRegister(static state => ((DataLoaderScope)state!).Close(), this);
    }

    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>
    /// Takes every loader's queued keys first, then runs one batch per loader, all concurrently, so keys
    /// queued by callers continuing on these results wait for the next call. Never faults: a failed or
    /// cancelled batch fails or cancels its keys.
    /// </summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        QueuedBatch[] batches;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return Task.CompletedTask;
            }
            batches = TakeAllQueued();
        }

        CancellationTokenSource? linked = null;
        CancellationToken token = cancellationToken;
        if (!cancellationToken.CanBeCanceled || cancellationToken == _requestAborted)
        {
            token = _requestAborted;
        }
        else if (_requestAborted.CanBeCanceled)
        {
            linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _requestAborted);
            token = linked.Token;
        }

        Task all;
        SynchronizationContext? callerContext = SynchronizationContext.Current;
        if (callerContext is null)
        {
            all = RunAll(batches, token);
        }
        else
        {
            // A batch that completes synchronously sets its results on this thread, and the runtime runs
            // awaiting code inline only on a thread without a synchronization context: it would queue it to
            // the thread pool instead, where it would queue its next keys too late for this dispatch.
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                all = RunAll(batches, token);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(callerContext);
            }
        }
        return linked is null ? all : DisposeWhenDone(all, linked);
    }

    public Task WhenPending()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return Task.CompletedTask;
            }
            // Completed from inside a loader's LoadAsync: the executor must not continue on that caller's stack.
            _whenPending ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _whenPending.Task;
        }
    }

    /// <summary>Cancels the keys still waiting for a dispatch; later loads of new keys are cancelled at once.</summary>
    public void Dispose()
    {
        _registration.Dispose();
        Close();
    }

    internal bool IsCancelledBy(CancellationToken cancellationToken) =>
        _requestAborted.CanBeCanceled && cancellationToken == _requestAborted;

    /// <summary>Called by a loader (outside its own lock) when its first key of a new queue is added.</summary>
    internal void Enlist(IQueuedLoader loader)
    {
        TaskCompletionSource? whenPending = null;
        bool closed;
        lock (_gate)
        {
            closed = _closed;
            if (!closed)
            {
                _pending.Add(loader);
                whenPending = _whenPending;
                _whenPending = null;
            }
        }

        if (closed)
        {
            loader.TakeQueued()?.Cancel(_requestAborted);
        }
        whenPending?.SetResult();
    }

    private void Close()
    {
        QueuedBatch[] batches;
        lock (_gate)
        {
            _closed = true;
            batches = TakeAllQueued();
        }
        foreach (QueuedBatch batch in batches)
        {
            batch.Cancel(_requestAborted);
        }
    }

    // Lock order is scope, then loader; a loader never calls into the scope while holding its own lock.
    private QueuedBatch[] TakeAllQueued()
    {
        var batches = new QueuedBatch[_pending.Count];
        int count = 0;
        foreach (IQueuedLoader loader in _pending)
        {
            if (loader.TakeQueued() is { } batch)
            {
                batches[count++] = batch;
            }
        }
        _pending.Clear();
        return count == batches.Length ? batches : batches[..count];
    }

    private static Task RunAll(QueuedBatch[] batches, CancellationToken cancellationToken)
    {
        if (batches.Length == 1)
        {
            return batches[0].RunAsync(cancellationToken);
        }

        var running = new Task[batches.Length];
        for (int i = 0; i < batches.Length; i++)
        {
            running[i] = batches[i].RunAsync(cancellationToken);
        }
        return Task.WhenAll(running);
    }

    private static async Task DisposeWhenDone(Task all, CancellationTokenSource linked)
    {
        using (linked)
        {
            await all.ConfigureAwait(false);
        }
    }
}
