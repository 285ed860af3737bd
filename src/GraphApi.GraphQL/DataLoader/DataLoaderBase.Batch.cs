using System.Diagnostics.CodeAnalysis;

namespace GraphApi.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TResult>
{
    /// <summary>
    /// Calls the batch function for <paramref name="keys"/> and sets each key's outcome through them. What
    /// it throws fails every key it has not set (and leaves those keys uncached, as DataLoader does).
    /// </summary>
    private protected abstract Task FetchAsync(SliceOfKeys keys, CancellationToken cancellationToken);

    /// <summary>
    /// The keys one call of the batch function gets (all of a dispatch's keys, or a part of them when
    /// <see cref="DataLoaderOptions.MaxBatchSize"/> splits it), and where their outcomes go.
    /// </summary>
    private protected sealed class SliceOfKeys
    {
        private readonly DataLoaderBase<TKey, TResult> _loader;
        private readonly Batch _batch;
        private readonly int _start;

        internal SliceOfKeys(DataLoaderBase<TKey, TResult> loader, Batch batch, int start, int count)
        {
            _loader = loader;
            _batch = batch;
            _start = start;
            Keys = count == batch.Keys.Count ? batch.Keys : batch.Keys.GetRange(start, count);
        }

        /// <summary>Distinct keys (by the loader's comparer), in the order they were first loaded.</summary>
        public IReadOnlyList<TKey> Keys { get; }

        /// <summary>
        /// Completes the key at <paramref name="index"/>. Awaiting callers continue synchronously here, so
        /// that the keys they load next are queued before the scope's dispatch completes; no lock is held.
        /// </summary>
        public void SetValue(int index, TResult value) => _batch.Entries[_start + index].TrySetResult(value);

        /// <summary>Fails the key at <paramref name="index"/>; the error is cached like a value.</summary>
        public void SetError(int index, Exception error) => _batch.Entries[_start + index].TrySetException(error);

        internal async Task RunAsync(CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                FailUnset(error: null, cancellationToken);
                return;
            }

            // Waiting callers are cancelled when the request is, even if the batch function ignores its token.
            using CancellationTokenRegistration registration = cancellationToken.UnsafeRegister(
                static (state, token) => ((SliceOfKeys)state!).FailUnset(error: null, token), this);
            try
            {
                await _loader.FetchAsync(this, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                FailUnset(error: null, cancellationToken);
            }
            catch (Exception error)
            {
                FailUnset(error, cancellationToken);
            }
        }

        /// <summary>Fails (or, without an error, cancels) every key not set yet, dropping it from the cache first.</summary>
        internal void FailUnset(Exception? error, CancellationToken cancellationToken)
        {
            List<Entry> entries = _batch.Entries;
            int end = _start + Keys.Count;
            lock (_loader._gate)
            {
                for (int i = _start; i < end; i++)
                {
                    TKey key = _batch.Keys[i];
                    if (!entries[i].Task.IsCompleted
                        && _loader._cache.TryGetValue(key, out Entry? cached) && cached == entries[i])
                    {
                        _loader._cache.Remove(key);
                    }
                }
            }
            for (int i = _start; i < end; i++)
            {
                if (error is null)
                {
                    entries[i].TrySetCanceled(cancellationToken);
                }
                else
                {
                    entries[i].TrySetException(error);
                }
            }
        }
    }

    /// <summary>
    /// The task of one key. Created without <see cref="TaskCreationOptions.RunContinuationsAsynchronously"/>
    /// on purpose: see <see cref="SliceOfKeys.SetValue"/>.
    /// </summary>
    private protected sealed class Entry : TaskCompletionSource<TResult>
    {
        /// <summary>The batch that queued this key; 0 for primed keys.</summary>
        public int BatchId { get; set; }
    }

    /// <summary>The keys of this loader that waited for one dispatch.</summary>
    private protected sealed class Batch : QueuedBatch
    {
        private readonly DataLoaderBase<TKey, TResult> _loader;
        private Dictionary<TKey, Entry>? _cleared;

        internal Batch(DataLoaderBase<TKey, TResult> loader, int id)
        {
            _loader = loader;
            Id = id;
        }

        internal int Id { get; }

        internal List<TKey> Keys { get; } = [];

        internal List<Entry> Entries { get; } = [];

        internal void Add(TKey key, Entry entry)
        {
            entry.BatchId = Id;
            Keys.Add(key);
            Entries.Add(entry);
        }

        internal void KeepCleared(TKey key, Entry entry, IEqualityComparer<TKey> comparer) =>
            (_cleared ??= new Dictionary<TKey, Entry>(comparer))[key] = entry;

        internal bool TryReviveCleared(TKey key, [NotNullWhen(true)] out Entry? entry)
        {
            if (_cleared is not null)
            {
                return _cleared.Remove(key, out entry);
            }
            entry = null;
            return false;
        }

        public override Task RunAsync(CancellationToken cancellationToken)
        {
            int size = _loader._maxBatchSize;
            if (Keys.Count <= size)
            {
                return new SliceOfKeys(_loader, this, 0, Keys.Count).RunAsync(cancellationToken);
            }

            var slices = new Task[(Keys.Count + size - 1) / size];
            for (int i = 0; i < slices.Length; i++)
            {
                int start = i * size;
                slices[i] = new SliceOfKeys(_loader, this, start, Math.Min(size, Keys.Count - start)).RunAsync(cancellationToken);
            }
            return Task.WhenAll(slices);
        }

        public override void Cancel(CancellationToken cancellationToken) =>
            new SliceOfKeys(_loader, this, 0, Keys.Count).FailUnset(error: null, cancellationToken);
    }
}
