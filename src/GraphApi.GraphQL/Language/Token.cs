namespace GraphApi.GraphQL.Language;

/// <summary>
/// A lexical token: its kind and its UTF-8 byte range <c>[Start, End)</c> in the source. Nothing is
/// materialised here; the parser turns the bytes into strings only when it builds AST nodes.
/// </summary>
internal readonly struct Token(TokenKind kind, int start, int end, bool hasEscapes = false)
{
    public TokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>
    /// For <see cref="TokenKind.String"/>: the text holds at least one escape sequence, so it cannot be
    /// decoded as-is. For <see cref="TokenKind.BlockString"/>: it holds an escaped triple quote.
    /// </summary>
    public bool HasEscapes { get; } = hasEscapes;

    public override string ToString() => $"{Kind} [{Start}, {End})";
}
