namespace GraphApi.GraphQL.Language;

/// <summary>The kinds of lexical token (spec §2.1.6 Lexical Tokens), plus the two markers around a document.</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,

    /// <summary>Only produced by the schema coordinate lexer (spec §2.13).</summary>
    Dot,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
