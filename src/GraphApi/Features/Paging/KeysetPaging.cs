using System.Linq.Expressions;

namespace GraphApi.Features.Paging;

/// <summary>
/// Keyset pagination of EF Core queries: a page is the rows beyond a cursor's key values in a
/// <see cref="KeysetOrder{T}"/>, read with one row more than the page holds to learn whether another page
/// follows. No OFFSET: every page costs an index seek, however deep.
/// </summary>
public static class KeysetPaging
{
    /// <summary>The query of one page of <paramref name="rows"/> (already filtered); select the projection after it.</summary>
    public static IQueryable<T> Slice<T>(IQueryable<T> rows, KeysetOrder<T> order, PageRequest page)
    {
        var sorted = order.Sort(WithinCursors(rows, order, page), page.Backward);
        return sorted.Provider.CreateQuery<T>(Take<T>(sorted.Expression, page.Size + 1));
    }

    /// <summary>
    /// The query of one page per parent in one statement: for each of <paramref name="parents"/>, the page of its
    /// <paramref name="rows"/> (those whose <paramref name="foreignKey"/> is the parent's key), sorted by parent
    /// and then as the page reads. Databases with window functions (SQLite, SQL Server) run it as
    /// <c>ROW_NUMBER() OVER (PARTITION BY foreign key ...)</c>. Select the projection after it.
    /// </summary>
    public static IQueryable<T> SlicePerParent<TParent, T>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, int>> parentKey,
        IQueryable<T> rows,
        Expression<Func<T, int>> foreignKey,
        KeysetOrder<T> order,
        PageRequest page)
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var row = Expression.Parameter(typeof(T), "row");
        var ofParent = Expression.Lambda<Func<T, bool>>(
            Expression.Equal(QueryParameter.Substitute(foreignKey, row), QueryParameter.Substitute(parentKey, parent)), row);
        var pageOfParent = Take<T>(
            order.Sort(WithinCursors(rows, order, page).Where(ofParent).Expression, page.Backward, thenBy: false),
            page.Size + 1);
        var pages = parents.SelectMany(Expression.Lambda<Func<TParent, IEnumerable<T>>>(pageOfParent, parent));
        var sorted = order.Sort(pages.OrderBy(foreignKey).Expression, page.Backward, thenBy: true);
        return pages.Provider.CreateQuery<T>(sorted);
    }

    /// <summary>The connection of the rows a <see cref="Slice{T}"/> query returned.</summary>
    public static Connection<T> ToConnection<T>(
        IReadOnlyList<T> rows, KeysetOrder<T> order, PageRequest page, Func<CancellationToken, Task<int>> countTotal)
    {
        var more = rows.Count > page.Size;
        var count = Math.Min(rows.Count, page.Size);
        var edges = new Edge<T>[count];
        for (var i = 0; i < count; i++)
        {
            // A backward page was read in reverse order; its edges are in the list's order (Relay: "Edge order").
            var node = rows[i];
            edges[page.Backward ? count - 1 - i : i] = new Edge<T>(Cursor.Encode(order.Name, order.ValuesOf(node)), node);
        }

        var pageInfo = new PageInfo(
            HasNextPage: !page.Backward && more,
            HasPreviousPage: page.Backward && more,
            StartCursor: count > 0 ? edges[0].Cursor : null,
            EndCursor: count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, countTotal);
    }

    private static IQueryable<T> WithinCursors<T>(IQueryable<T> rows, KeysetOrder<T> order, PageRequest page)
    {
        if (page.After is { } after)
        {
            rows = rows.Where(order.Beyond(after, after: true));
        }

        if (page.Before is { } before)
        {
            rows = rows.Where(order.Beyond(before, after: false));
        }

        return rows;
    }

    private static Expression Take<T>(Expression source, int count) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], source, QueryParameter.Limit(count));
}
