using System.Runtime.InteropServices;

namespace GraphApi.GraphQL.DataLoader;

/// <summary>
/// What batch and group loaders share (DataLoader semantics, /work/shared/specs/dataloader.md): a cache
/// holding one task per key for the life of the request, and the keys waiting for the next dispatch of
/// the loader's <see cref="DataLoaderScope"/>. All members are thread-safe.
/// </summary>
/// <typeparam name="TKey">The key; <see cref="IEqualityComparer{T}"/> given to the constructor plays DataLoader's <c>cacheKeyFn</c>.</typeparam>
/// <typeparam name="TResult">What one key loads to.</typeparam>
public abstract partial class DataLoaderBase<TKey, TResult> : IQueuedLoader
    where TKey : notnull
{
    private readonly DataLoaderScope _scope;
    private readonly int _maxBatchSize;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Entry> _cache;
    private Batch? _queued;
    private int _lastBatchId;

    private protected DataLoaderBase(DataLoaderScope scope, DataLoaderOptions? options, IEqualityComparer<TKey>? keyComparer)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _scope = scope;
        _maxBatchSize = (options ?? DataLoaderOptions.Default).MaxBatchSize;
        _cache = new Dictionary<TKey, Entry>(keyComparer);
    }

    /// <summary>
    /// The result for <paramref name="key"/>. The first load of a key queues it for the scope's next
    /// dispatch; later loads share its task until the key is cleared. <paramref name="cancellationToken"/>
    /// stops only this caller's wait; the batch itself follows the scope's and the dispatch's tokens.
    /// </summary>
    public Task<TResult> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }

        Entry entry;
        bool firstKeyOfQueue = false;
        lock (_gate)
        {
            ref Entry? slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_cache, key, out bool cached);
            if (cached)
            {
                entry = slot!;
            }
            else if (_queued?.TryReviveCleared(key, out Entry? queuedEntry) == true)
            {
                entry = slot = queuedEntry;
            }
            else
            {
                entry = slot = new Entry();
                firstKeyOfQueue = _queued is null;
                _queued ??= new Batch(this, ++_lastBatchId);
                _queued.Add(key, entry);
            }
        }
        if (firstKeyOfQueue)
        {
            _scope.Enlist(this);
        }

        Task<TResult> task = entry.Task;
        // The scope already cancels everything when its own token fires; only a different token needs a wait of its own.
        return cancellationToken.CanBeCanceled && !task.IsCompleted && !_scope.IsCancelledBy(cancellationToken)
            ? task.WaitAsync(cancellationToken)
            : task;
    }

    /// <summary>
    /// The results for several keys, in order, loaded as one batch with whatever else is queued. Unlike
    /// JavaScript's <c>loadMany</c>, which resolves with an Error in place of each failed value, this fails
    /// like <see cref="Task.WhenAll{TResult}(IEnumerable{Task{TResult}})"/>: with the error of the first
    /// failed key. Use <see cref="LoadAsync"/> per key to handle each key's error.
    /// </summary>
    public Task<IReadOnlyList<TResult>> LoadManyAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Task<TResult>[] tasks = keys.Select(key => LoadAsync(key, cancellationToken)).ToArray();
        foreach (Task<TResult> task in tasks)
        {
            if (!task.IsCompletedSuccessfully)
            {
                return WhenAllAsync(tasks);
            }
        }

        var results = new TResult[tasks.Length];
        for (int i = 0; i < tasks.Length; i++)
        {
            results[i] = tasks[i].Result;
        }
        return Task.FromResult<IReadOnlyList<TResult>>(results);
    }

    /// <summary>
    /// Caches <paramref name="value"/> for <paramref name="key"/> unless the key is already cached; use
    /// <c>Clear(key).Prime(key, value)</c> to replace a cached value.
    /// </summary>
    public DataLoaderBase<TKey, TResult> Prime(TKey key, TResult value)
    {
        var entry = new Entry();
        entry.SetResult(value);
        return Prime(key, entry);
    }

    /// <summary>Caches <paramref name="error"/> as the outcome of <paramref name="key"/> unless the key is already cached.</summary>
    public DataLoaderBase<TKey, TResult> Prime(TKey key, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var entry = new Entry();
        entry.SetException(error);
        return Prime(key, entry);
    }

    /// <summary>
    /// Forgets <paramref name="key"/>, so that its next load fetches it again (e.g. after a mutation, or
    /// to retry a key that failed). Loads already waiting for it still get its result.
    /// </summary>
    public DataLoaderBase<TKey, TResult> Clear(TKey key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }
        lock (_gate)
        {
            if (_cache.Remove(key, out Entry? entry))
            {
                KeepIfQueued(key, entry);
            }
        }
        return this;
    }

    /// <summary>Forgets every key (see <see cref="Clear"/>).</summary>
    public DataLoaderBase<TKey, TResult> ClearAll()
    {
        lock (_gate)
        {
            if (_queued is not null)
            {
                foreach (KeyValuePair<TKey, Entry> pair in _cache)
                {
                    KeepIfQueued(pair.Key, pair.Value);
                }
            }
            _cache.Clear();
        }
        return this;
    }

    QueuedBatch? IQueuedLoader.TakeQueued()
    {
        lock (_gate)
        {
            Batch? batch = _queued;
            _queued = null;
            return batch;
        }
    }

    private DataLoaderBase<TKey, TResult> Prime(TKey key, Entry entry)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }
        lock (_gate)
        {
            _cache.TryAdd(key, entry);
        }
        return this;
    }

    // A cleared key that is still queued will be fetched anyway, and fetched after the clear; a new load
    // of it before the dispatch reuses it rather than sending the key twice in one batch.
    private void KeepIfQueued(TKey key, Entry entry)
    {
        if (_queued is not null && entry.BatchId == _queued.Id)
        {
            _queued.KeepCleared(key, entry, _cache.Comparer);
        }
    }

    private static async Task<IReadOnlyList<TResult>> WhenAllAsync(Task<TResult>[] tasks) =>
        await Task.WhenAll(tasks).ConfigureAwait(false);
}
