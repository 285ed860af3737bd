using System.Collections;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// An object in a response: response keys in the order the operation selected them (spec §7.1.3
/// Serialization Format asks for that order). Values are one of: null, <see cref="string"/>,
/// <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="decimal"/>,
/// <see cref="ResultMap"/>, <see cref="ResultList"/>, or a <see cref="System.Text.Json.JsonElement"/> for
/// custom scalars that serialize to arbitrary JSON.
/// </summary>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private KeyValuePair<string, object?>[] _entries;
    private int _count;

    public ResultMap(int capacity = 4)
    {
        _entries = new KeyValuePair<string, object?>[Math.Max(capacity, 1)];
    }

    public int Count => _count;

    public KeyValuePair<string, object?> this[int index] =>
        (uint)index < (uint)_count ? _entries[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The value of a response key; throws if the key is absent.</summary>
    public object? this[string key]
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Key == key)
                {
                    return _entries[i].Value;
                }
            }

            throw new KeyNotFoundException(key);
        }
    }

    public void Add(string key, object? value)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[_count++] = new KeyValuePair<string, object?>(key, value);
    }

    /// <summary>Replaces the value at <paramref name="index"/>; the executor fills slots as fields complete.</summary>
    public void SetValue(int index, object? value) =>
        _entries[index] = new KeyValuePair<string, object?>(_entries[index].Key, value);

    public bool ContainsKey(string key)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_entries[i].Key == key)
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return _entries[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list in a response; items follow the same rules as <see cref="ResultMap"/> values.</summary>
public sealed class ResultList(int capacity) : List<object?>(capacity);
