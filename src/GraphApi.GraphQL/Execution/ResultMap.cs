using System.Collections;
using System.Text.Json;

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
    private ResponseKeys _keys;
    private object?[] _values;
    private int _count;

    public ResultMap(int capacity = 4)
    {
        capacity = Math.Max(capacity, 1);
        _keys = new ResponseKeys(new string[capacity]);
        _values = new object?[capacity];
    }

    /// <summary>A map of a selection set's keys, shared with every map made for it; <see cref="AddValue"/> fills it in key order.</summary>
    internal ResultMap(ResponseKeys keys)
    {
        _keys = keys;
        _values = keys.Names.Length == 0 ? [] : new object?[keys.Names.Length];
    }

    public int Count => _count;

    public KeyValuePair<string, object?> this[int index] =>
        (uint)index < (uint)_count ? new(_keys.Names[index], _values[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The value of a response key; throws if the key is absent.</summary>
    public object? this[string key]
    {
        get
        {
            var i = IndexOf(key);
            return i >= 0 ? _values[i] : throw new KeyNotFoundException(key);
        }
    }

    /// <summary>The keys JSON-encoded, index for index, when the map shares a selection set's keys; null otherwise.</summary>
    internal JsonEncodedText[]? EncodedKeys => _keys.Encoded;

    public void Add(string key, object? value)
    {
        if (_keys.IsShared || _count == _values.Length)
        {
            OwnKeys(_count == _values.Length ? _count * 2 : _values.Length);
        }

        _keys.Names[_count] = key;
        _values[_count++] = value;
    }

    /// <summary>Appends the value of the next of the shared keys.</summary>
    internal void AddValue(object? value) => _values[_count++] = value;

    /// <summary>Replaces the value at <paramref name="index"/>; the executor fills slots as fields complete.</summary>
    public void SetValue(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    internal string KeyAt(int index) => _keys.Names[index];

    internal object? ValueAt(int index) => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new(_keys.Names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        var names = _keys.Names;
        for (int i = 0; i < _count; i++)
        {
            if (names[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Copies the keys into an array of this map's own before it adds one: shared keys never change.</summary>
    private void OwnKeys(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        var names = new string[capacity];
        Array.Copy(_keys.Names, names, _count);
        Array.Resize(ref _values, capacity);
        _keys = new ResponseKeys(names);
    }
}

/// <summary>A list in a response; items follow the same rules as <see cref="ResultMap"/> values.</summary>
public sealed class ResultList(int capacity) : List<object?>(capacity);
