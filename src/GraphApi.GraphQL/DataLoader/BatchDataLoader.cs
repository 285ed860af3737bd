namespace GraphApi.GraphQL.DataLoader;

/// <summary>
/// Loads one value per key, many keys per call of <see cref="LoadBatchAsync"/>. Create one per request
/// with the request's <see cref="DataLoaderScope"/> (see README.md in this folder):
/// <code>
/// public sealed class ProductByIdLoader(DataLoaderScope scope, ProductStore store)
///     : BatchDataLoader&lt;int, Product&gt;(scope)
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;int, Product&gt;&gt; LoadBatchAsync(
///         IReadOnlyList&lt;int&gt; keys, CancellationToken ct) =>
///         (await store.GetByIdsAsync(keys, ct)).ToDictionary(p => p.Id);
/// }
/// </code>
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(DataLoaderScope scope, DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, options, keyComparer)
    {
    }

    /// <summary>
    /// The values of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>)
    /// by key, in any order. A key left out loads as null (default). To fail single keys, return a
    /// <see cref="BatchResult{TKey, TValue}"/> with errors; an exception fails every key of the call.
    /// </summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task FetchAsync(SliceOfKeys slice, CancellationToken cancellationToken)
    {
        IReadOnlyList<TKey> keys = slice.Keys;
        IReadOnlyDictionary<TKey, TValue> values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null instead of a dictionary.");
        IReadOnlyDictionary<TKey, Exception>? errors = (values as BatchResult<TKey, TValue>)?.Errors;

        for (int i = 0; i < keys.Count; i++)
        {
            if (errors is not null && errors.TryGetValue(keys[i], out Exception? error))
            {
                slice.SetError(i, error);
            }
            else
            {
                slice.SetValue(i, values.TryGetValue(keys[i], out TValue? value) ? value : default);
            }
        }
    }
}
