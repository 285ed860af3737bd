namespace GraphApi.Features.Paging;

/// <summary>The CLR side of the GraphQL <c>XxxConnection</c> types: a page of items with their cursors, and the total on demand.</summary>
public sealed class Connection<T>
{
    private readonly Func<CancellationToken, Task<int>> _countTotal;
    private readonly Lock _totalLock = new();
    private Task<int>? _total;

    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countTotal)
    {
        Edges = edges;
        Nodes = edges.Select(e => e.Node).ToArray();
        PageInfo = pageInfo;
        _countTotal = countTotal;
    }

    public IReadOnlyList<Edge<T>> Edges { get; }

    public IReadOnlyList<T> Nodes { get; }

    public PageInfo PageInfo { get; }

    /// <summary>How many items the whole list has: counted by the database the first time it is asked for, and only then.</summary>
    public Task<int> CountTotalAsync(CancellationToken cancellationToken)
    {
        lock (_totalLock)
        {
            return _total ??= _countTotal(cancellationToken);
        }
    }
}

/// <summary>The CLR side of the GraphQL <c>XxxEdge</c> types.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>The GraphQL type <c>PageInfo</c> (Relay cursor connections).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
