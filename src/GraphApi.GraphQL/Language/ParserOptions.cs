namespace GraphApi.GraphQL.Language;

/// <summary>
/// Limits that keep parsing cheap and safe on untrusted input. Exceeding any of them is a syntax error
/// naming the limit. <see cref="Default"/> suits requests; <see cref="ForSchema"/> suits SDL files.
/// </summary>
public sealed class ParserOptions
{
    private int _maxDocumentBytes = 1024 * 1024;
    private int _maxTokens = 15_000;
    private int _maxDepth = 128;

    /// <summary>The limits for GraphQL requests.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The limits for schema (SDL) documents, which are trusted more and can be large: 64 MiB and ten
    /// million tokens. The depth limit stays, since no real schema nests deeply and deep nesting is
    /// what could exhaust the stack.
    /// </summary>
    public static ParserOptions ForSchema { get; } = new()
    {
        MaxDocumentBytes = 64 * 1024 * 1024,
        MaxTokens = 10_000_000,
    };

    /// <summary>
    /// The largest document accepted, in UTF-8 bytes. Default 1 MiB: far above any hand-written or
    /// generated query (large ones are tens of kilobytes), and it bounds the work a single request can
    /// cause before any other limit applies.
    /// </summary>
    public int MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = Positive(value);
    }

    /// <summary>
    /// The most lexical tokens (punctuators, names, numbers, strings; not ignored tokens) a document may
    /// have. Default 15 000: real queries have a few hundred to a few thousand, and the parse time, AST
    /// size and later validation cost all grow with the token count, so this caps them for requests
    /// whose bytes are mostly short tokens.
    /// </summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = Positive(value);
    }

    /// <summary>
    /// The deepest nesting of selection sets, list values, object values and list types, all counted
    /// together. Default 128: real documents rarely nest beyond 20, and the parser recurses once per
    /// level, so a bound keeps a hostile document from exhausting the stack (which would end the
    /// process) and keeps later recursive stages (validation, execution) shallow too.
    /// </summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = Positive(value);
    }

    private static int Positive(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
