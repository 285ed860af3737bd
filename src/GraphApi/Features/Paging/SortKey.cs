using System.Linq.Expressions;

namespace GraphApi.Features.Paging;

/// <summary>
/// One key of a <see cref="KeysetOrder{T}"/>: a non-null column (a property, or a chain through to-one
/// navigations) and its direction. Keys are strings, integers or <see cref="DateTime"/>s, the types cursors carry.
/// </summary>
public sealed class SortKey<T>
{
    private static readonly Type[] SupportedTypes = [typeof(string), typeof(int), typeof(long), typeof(DateTime)];

    private SortKey(LambdaExpression selector, bool descending)
    {
        if (Array.IndexOf(SupportedTypes, selector.ReturnType) < 0)
        {
            throw new ArgumentException($"Sort keys must be of type string, int, long or DateTime, not {selector.ReturnType.Name}: {selector}.", nameof(selector));
        }

        Selector = selector;
        Descending = descending;
        var boxed = Expression.Lambda<Func<T, object>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters);
        Read = boxed.Compile();
    }

    /// <summary>The column, e.g. <c>p => p.Name</c>.</summary>
    public LambdaExpression Selector { get; }

    public Type KeyType => Selector.ReturnType;

    public bool Descending { get; }

    /// <summary>The key's value in a row read from the database (the projection must have read it).</summary>
    public Func<T, object> Read { get; }

    public static SortKey<T> Ascending<TKey>(Expression<Func<T, TKey>> selector) => new(selector, false);

    public static SortKey<T> DescendingBy<TKey>(Expression<Func<T, TKey>> selector) => new(selector, true);
}
