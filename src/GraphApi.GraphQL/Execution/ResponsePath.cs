namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A position in the response (spec §7.1.2 Errors, path): a response key or a list index, linked to its
/// parent. Built only for positions that have children or report an error, and turned into a list only
/// when an error or a resolver asks for it.
/// </summary>
internal sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index, int depth)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key; null for a list index.</summary>
    public string? Key { get; }

    public int Index { get; }

    public int Depth { get; }

    public static ResponsePath Field(ResponsePath? parent, string key) => new(parent, key, 0, (parent?.Depth ?? 0) + 1);

    public static ResponsePath Item(ResponsePath parent, int index) => new(parent, null, index, parent.Depth + 1);

    /// <summary>The segments from the root: response keys as strings, list indices as ints.</summary>
    public object[] ToArray()
    {
        var segments = new object[Depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            segments[p.Depth - 1] = p.Key ?? (object)p.Index;
        }

        return segments;
    }
}

/// <summary>
/// A position not yet materialized: its parent and its key or index. Leaf fields and leaf list items pass
/// this around and allocate a <see cref="ResponsePath"/> only when they report an error.
/// </summary>
internal readonly struct PathRef
{
    private readonly ResponsePath? _parent;
    private readonly string? _key;
    private readonly int _index;

    public PathRef(ResponsePath? parent, string key)
    {
        _parent = parent;
        _key = key;
    }

    public PathRef(ResponsePath parent, int index)
    {
        _parent = parent;
        _index = index;
    }

    /// <summary>The object or list that holds this position; null for a root field.</summary>
    public ResponsePath? Parent => _parent;

    public ResponsePath Materialize() => _key is not null ? ResponsePath.Field(_parent, _key) : ResponsePath.Item(_parent!, _index);
}
