using System.Linq.Expressions;
using System.Reflection;

namespace GraphApi.Features.Paging;

/// <summary>
/// A total order of a list for keyset pagination: sort keys ending with a unique one (the ID), so that the
/// position after a row is given by its key values alone — a <c>WHERE</c> on an index, never an <c>OFFSET</c>.
/// Its <see cref="Name"/> is written into cursors, so a cursor of one order is refused by another.
/// </summary>
public sealed class KeysetOrder<T>
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public KeysetOrder(string name, params SortKey<T>[] keys)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Length);
        Name = name;
        Keys = keys;
        Members = keys.Select(k => k.Selector).ToArray();
    }

    public string Name { get; }

    public IReadOnlyList<SortKey<T>> Keys { get; }

    /// <summary>The columns of the keys, which a projection of a page must read to make the cursors (one list, for projection caching).</summary>
    public IReadOnlyList<LambdaExpression> Members { get; }

    /// <summary>The key values of a row, in key order: what its cursor holds.</summary>
    public object[] ValuesOf(T row)
    {
        var values = new object[Keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Keys[i].Read(row);
        }

        return values;
    }

    /// <summary><paramref name="source"/> sorted in this order, or in the reverse order (to read a page backward).</summary>
    public IQueryable<T> Sort(IQueryable<T> source, bool reversed) =>
        source.Provider.CreateQuery<T>(Sort(source.Expression, reversed, thenBy: false));

    /// <summary>
    /// The sort as an expression over <paramref name="source"/> (a query of <typeparamref name="T"/>), for queries
    /// built inside other expressions; with <paramref name="thenBy"/>, after the source's own sort.
    /// </summary>
    public Expression Sort(Expression source, bool reversed, bool thenBy)
    {
        var sorted = source;
        foreach (var key in Keys)
        {
            var descending = key.Descending != reversed;
            var method = (thenBy, descending) switch
            {
                (false, false) => nameof(Queryable.OrderBy),
                (false, true) => nameof(Queryable.OrderByDescending),
                (true, false) => nameof(Queryable.ThenBy),
                (true, true) => nameof(Queryable.ThenByDescending),
            };
            sorted = Expression.Call(typeof(Queryable), method, [typeof(T), key.KeyType], sorted, Expression.Quote(key.Selector));
            thenBy = true;
        }

        return sorted;
    }

    /// <summary>
    /// The rows strictly after (<paramref name="after"/>) or before the position <paramref name="values"/> in this
    /// order. Written <c>k1 &gt;= v1 AND (k1 &gt; v1 OR k2 &gt; v2)</c> rather than as a plain OR, so that the first
    /// key bounds an index range. Values become query parameters, so every page shares one SQL text.
    /// </summary>
    public Expression<Func<T, bool>> Beyond(IReadOnlyList<object> values, bool after)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Beyond(row, values, after, 0), row);
    }

    private Expression Beyond(ParameterExpression row, IReadOnlyList<object> values, bool after, int index)
    {
        var key = Keys[index];
        var column = QueryParameter.Substitute(key.Selector, row);
        var value = QueryParameter.CursorValue(values[index], key.KeyType);
        var forward = key.Descending != after;
        var strictly = Compare(column, value, forward ? ExpressionType.GreaterThan : ExpressionType.LessThan);
        if (index == Keys.Count - 1)
        {
            return strictly;
        }

        var atLeast = Compare(column, value, forward ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual);
        return Expression.AndAlso(atLeast, Expression.OrElse(strictly, Beyond(row, values, after, index + 1)));
    }

    /// <summary>Strings have no comparison operators in C#; <c>string.Compare(a, b) &gt; 0</c> is how EF Core is told <c>a &gt; b</c>.</summary>
    private static Expression Compare(Expression column, Expression value, ExpressionType comparison) =>
        column.Type == typeof(string)
            ? Expression.MakeBinary(comparison, Expression.Call(StringCompare, column, value), Expression.Constant(0))
            : Expression.MakeBinary(comparison, column, value);

}
