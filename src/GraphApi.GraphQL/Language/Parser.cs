using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// The recursive-descent parser for the complete GraphQL grammar (spec Appendix C Grammar Summary):
/// executable documents, type system definitions and extensions, values, types and schema coordinates.
/// Use the static methods; every error is a <see cref="GraphQLSyntaxException"/> with one location.
/// </summary>
/// <remarks>
/// A <c>ref struct</c> because it holds the <see cref="Lexer"/>, which lexes straight from the source
/// bytes. The parser follows graphql-js's order of checks so that errors point where graphql-js's do.
/// </remarks>
public ref partial struct Parser
{
    private readonly Source _source;
    private readonly ParserOptions _options;

    private readonly SyntaxNodeStack _scratch;
    private Lexer _lexer;
    private int _tokensLeft;
    private int _depth;

    // Where the last consumed token ended: the end of every node built from it.
    private int _lastEnd;

    private Parser(Source source, ParserOptions? options, bool schemaCoordinate = false)
    {
        _source = source;
        _options = options ?? ParserOptions.Default;
        if (source.Body.Length > _options.MaxDocumentBytes)
        {
            SyntaxError.Throw(
                source,
                _options.MaxDocumentBytes,
                $"Document is larger than {_options.MaxDocumentBytes} bytes (ParserOptions.MaxDocumentBytes). Parsing aborted.");
        }

        _tokensLeft = _options.MaxTokens;
        _lexer = new Lexer(source, schemaCoordinate);
        _scratch = new SyntaxNodeStack();
    }

    /// <summary>Parses a Document (spec §2.2) of any definitions, executable and type system alike.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) =>
        Parse(CreateSource(text, options), options);

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single Value (spec §2.9), which may contain variables.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null) =>
        ParseWhole(text, options, static (ref Parser p) => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant Value (spec §2.9, Value[Const]): a variable in it is a syntax error.</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null) =>
        ParseWhole(text, options, static (ref Parser p) => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference (spec §2.11) such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null) =>
        ParseWhole(text, options, static (ref Parser p) => p.ParseTypeReference());

    /// <summary>Parses a schema coordinate (spec §2.13) such as <c>Type.field(arg:)</c> or <c>@directive</c>.</summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string text)
    {
        var parser = new Parser(CreateSource(text, null), null, schemaCoordinate: true);
        parser.Advance();
        var coordinate = parser.ParseSchemaCoordinateNode();
        parser.Expect(TokenKind.EndOfFile);
        return coordinate;
    }

    private delegate T ParseFunc<T>(ref Parser parser);

    private static T ParseWhole<T>(string text, ParserOptions? options, ParseFunc<T> parse)
    {
        var parser = new Parser(CreateSource(text, options), options);
        parser.Advance();
        var result = parse(ref parser);
        parser.Expect(TokenKind.EndOfFile);
        return result;
    }

    /// <summary>
    /// The UTF-8 source of <paramref name="text"/>. Unlike <see cref="Encoding.UTF8"/>, which would turn an
    /// unpaired surrogate into U+FFFD and so accept the document, this keeps it as its (invalid) three-byte
    /// form, which the lexer rejects at its place, as graphql-js rejects it.
    /// </summary>
    private static Source CreateSource(string text, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every character takes at least one byte: a longer text is too large anyway, and encoding just
        // past the limit is enough to report where it is exceeded.
        int maxBytes = (options ?? ParserOptions.Default).MaxDocumentBytes;
        var chars = text.Length > maxBytes ? text.AsSpan(0, maxBytes + 1) : text.AsSpan();

        var bytes = new byte[Encoding.UTF8.GetByteCount(chars)];
        var status = Utf8.FromUtf16(chars, bytes, out int read, out int written, replaceInvalidSequences: false);
        while (status == OperationStatus.InvalidData)
        {
            char surrogate = chars[read];
            bytes[written] = (byte)(0xE0 | (surrogate >> 12));
            bytes[written + 1] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            bytes[written + 2] = (byte)(0x80 | (surrogate & 0x3F));
            read++;
            written += 3;
            status = Utf8.FromUtf16(chars[read..], bytes.AsSpan(written), out int moreRead, out int moreWritten, replaceInvalidSequences: false);
            read += moreRead;
            written += moreWritten;
        }

        return new Source(bytes);
    }

    // ---- Tokens ----

    private readonly Token Current => _lexer.Token;

    /// <summary>Consumes the current token, counting the new one against <see cref="ParserOptions.MaxTokens"/>.</summary>
    /// <remarks>
    /// Not inlined: the lexer is inlined here, and one hot copy of it is faster than one per call site
    /// (Parse_KitchenSink 9.5 -> 8.4 us).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Advance()
    {
        _lastEnd = _lexer.Token.End;
        var token = _lexer.Advance();
        if (--_tokensLeft < 0 && token.Kind != TokenKind.EndOfFile)
        {
            ThrowTooManyTokens(token);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooManyTokens(Token token) =>
        SyntaxError.Throw(
            _source,
            token.Start,
            $"Document contains more than {_options.MaxTokens} tokens (ParserOptions.MaxTokens). Parsing aborted.");

    private readonly bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            ThrowExpected(Describe(kind), token);
        }

        Advance();
        return token;
    }

    // Building the message apart keeps the string formatting out of the hot methods that inline Expect.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowExpected(string expected, Token found) =>
        throw Error(found.Start, $"Expected {expected}, found {Describe(found)}.");

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            ThrowExpected($"\"{Encoding.ASCII.GetString(keyword)}\"", Current);
        }
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!IsKeyword(_lexer.Token, keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly bool IsKeyword(Token token, ReadOnlySpan<byte> keyword) =>
        token.Kind == TokenKind.Name && Text(token).SequenceEqual(keyword);

    private readonly ReadOnlySpan<byte> Text(Token token) => _lexer.Body[token.Start..token.End];

    /// <summary>The text of a Name, Int or Float token, which is always ASCII.</summary>
    private readonly string AsciiText(Token token) => Encoding.ASCII.GetString(Text(token));

    private readonly Location LocationFrom(Token start) => new(start.Start, _lastEnd);

    // ---- Nesting (ParserOptions.MaxDepth) ----

    /// <summary>
    /// Enters one level of nesting opened by <paramref name="opening"/>. The depth limit is what keeps
    /// recursion bounded; the stack probe is a second guard for callers that raise the limit very high.
    /// </summary>
    private void EnterNesting(Token opening)
    {
        if (++_depth > _options.MaxDepth)
        {
            ThrowTooDeep(opening);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(opening.Start, "Document is nested too deeply for the available stack. Parsing aborted.");
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooDeep(Token opening) =>
        throw Error(
            opening.Start,
            $"Document nesting exceeds the maximum depth of {_options.MaxDepth} (ParserOptions.MaxDepth). Parsing aborted.");

    private void ExitNesting() => _depth--;

    // ---- Lists ----

    private readonly int Mark => _scratch.Mark;

    private readonly void Push(SyntaxNode node) => _scratch.Push(node);

    /// <summary>The nodes pushed since <paramref name="mark"/>, as an array of exactly their number.</summary>
    private readonly T[] PopList<T>(int mark)
        where T : SyntaxNode => _scratch.PopArray<T>(mark);

    // ---- Errors ----

    private readonly GraphQLSyntaxException Error(int offset, string message) => SyntaxError.Create(_source, offset, message);

    private readonly GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    /// <summary>A token as error messages show it: its kind, and its value for names, numbers and strings.</summary>
    private readonly string Describe(Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{Describe(token.Kind)} \"{AsciiText(token)}\"",
        TokenKind.String => $"String \"{Lexer.DecodeString(_lexer.Body, token)}\"",
        TokenKind.BlockString => $"BlockString \"{Lexer.DecodeBlockString(_lexer.Body, token)}\"",
        _ => Describe(token.Kind),
    };

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
