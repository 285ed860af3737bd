namespace GraphApi.GraphQL.DataLoader;

/// <summary>
/// Loads a list per key (e.g. the books of an author), many keys per call of <see cref="LoadBatchAsync"/>.
/// A key without items loads as an empty list. Create one per request with the request's
/// <see cref="DataLoaderScope"/> (see README.md in this folder):
/// <code>
/// public sealed class BooksByAuthorLoader(DataLoaderScope scope, BookStore store)
///     : GroupDataLoader&lt;int, Book&gt;(scope)
/// {
///     protected override async Task&lt;ILookup&lt;int, Book&gt;&gt; LoadBatchAsync(
///         IReadOnlyList&lt;int&gt; authorIds, CancellationToken ct) =>
///         (await store.GetByAuthorsAsync(authorIds, ct)).ToLookup(b => b.AuthorId);
/// }
/// </code>
/// </summary>
public abstract class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    protected GroupDataLoader(DataLoaderScope scope, DataLoaderOptions? options = null, IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, options, keyComparer)
    {
    }

    /// <summary>
    /// The items of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>)
    /// grouped by key. An exception fails every key of the call.
    /// </summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task FetchAsync(SliceOfKeys slice, CancellationToken cancellationToken)
    {
        IReadOnlyList<TKey> keys = slice.Keys;
        ILookup<TKey, TValue> groups = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null instead of a lookup.");

        for (int i = 0; i < keys.Count; i++)
        {
            // A copy: the cached list must not change with the lookup (Enumerable.ToLookup's groups are no IReadOnlyList anyway).
            slice.SetValue(i, groups.Contains(keys[i]) ? groups[keys[i]].ToArray() : []);
        }
    }
}
