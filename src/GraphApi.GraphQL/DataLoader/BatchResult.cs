using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphApi.GraphQL.DataLoader;

/// <summary>
/// What a <see cref="BatchDataLoader{TKey, TValue}"/> may return when some keys fail on their own: a
/// dictionary of the values found, plus an error per failed key. A failed key's load throws its error
/// (cached like a value, as DataLoader caches per-key errors); a key with neither is missing (default).
/// </summary>
public sealed class BatchResult<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values;
    private readonly Dictionary<TKey, Exception> _errors;

    public BatchResult(IEqualityComparer<TKey>? keyComparer = null)
    {
        _values = new Dictionary<TKey, TValue>(keyComparer);
        _errors = new Dictionary<TKey, Exception>(keyComparer);
    }

    /// <summary>The failed keys and their errors.</summary>
    public IReadOnlyDictionary<TKey, Exception> Errors => _errors;

    public int Count => _values.Count;

    public IEnumerable<TKey> Keys => _values.Keys;

    public IEnumerable<TValue> Values => _values.Values;

    public TValue this[TKey key] => _values[key];

    /// <summary>Sets the value of <paramref name="key"/> (replacing an error set for it).</summary>
    public void Add(TKey key, TValue value)
    {
        _errors.Remove(key);
        _values[key] = value;
    }

    /// <summary>Fails <paramref name="key"/> with <paramref name="error"/> (replacing a value set for it).</summary>
    public void AddError(TKey key, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _values.Remove(key);
        _errors[key] = error;
    }

    public bool ContainsKey(TKey key) => _values.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
