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

    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    public NameMap(IEnumerable<T> items)
    {
        _items = items.ToArray();
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            _byName.TryAdd(item.Name, item); // the first definition wins; duplicates are a schema error reported elsewhere
        }
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool TryGetValue(string name, [NotNullWhen(true)] out T? value) => _byName.TryGetValue(name, out value);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public ReadOnlySpan<T> AsSpan() => _items;

    public ArraySegment<T>.Enumerator GetEnumerator() => new ArraySegment<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
