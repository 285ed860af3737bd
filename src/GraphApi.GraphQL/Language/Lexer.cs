using System.Buffers;
using System.Globalization;
using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// The lexer (spec §2.1 Source Text): reads one token at a time from the UTF-8 bytes of a
/// <see cref="Language.Source"/>, skipping ignored tokens. It allocates nothing; a token is a kind and a
/// byte range. Errors are thrown as <see cref="Errors.GraphQLSyntaxException"/> at the offending byte.
/// </summary>
internal ref partial struct Lexer
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly Source _source;
    private readonly bool _schemaCoordinate;

    // The current token, field by field: assigning a whole Token here made the JIT write it to the stack in
    // parts and read it back at once, a store-forwarding stall on every token.
    private TokenKind _kind;
    private int _start;
    private int _end;
    private bool _hasEscapes;

    /// <param name="source">The document.</param>
    /// <param name="schemaCoordinate">
    /// Lex a schema coordinate (spec §2.13): only names and <c>. ( ) : @</c>, and no ignored tokens.
    /// </param>
    public Lexer(Source source, bool schemaCoordinate = false)
    {
        _source = source;
        _body = source.Body.Span;
        _schemaCoordinate = schemaCoordinate;
        _kind = TokenKind.StartOfFile;
    }

    /// <summary>The current token; <see cref="TokenKind.StartOfFile"/> until the first <see cref="Advance"/>.</summary>
    public readonly Token Token => new(_kind, _start, _end, _hasEscapes);

    public readonly ReadOnlySpan<byte> Body => _body;

    /// <summary>Moves to the next token and returns it. At the end it stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public Token Advance()
    {
        if (_kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        var next = _schemaCoordinate ? ReadCoordinateToken(_end) : ReadToken(_end);
        _kind = next.Kind;
        _start = next.Start;
        _end = next.End;
        _hasEscapes = next.HasEscapes;
        return next;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        return copy.Advance();
    }

    /// <summary>The byte at <paramref name="position"/>, or 0 past the end (0 is in no character class).</summary>
    private readonly byte At(int position) => ByteAt(_body, position);

    private readonly Token ReadToken(int position)
    {
        var body = _body;
        while (true)
        {
            // spec §2.1.1-§2.1.5: whitespace, line terminators and commas are ignored; lines are counted
            // later, only for errors, by Source.GetLocation. Runs of them (indentation) are the most
            // common bytes of a document, hence a loop of their own.
            while ((uint)position < (uint)body.Length && CharacterClasses.IsIgnored(body[position]))
            {
                position++;
            }

            if (position >= body.Length)
            {
                return new Token(TokenKind.EndOfFile, body.Length, body.Length);
            }

            byte b = body[position];
            if (CharacterClasses.IsNameStart(b))
            {
                return ReadName(position);
            }

            var punctuator = CharacterClasses.Punctuator(b);
            if (punctuator != TokenKind.StartOfFile)
            {
                return new Token(punctuator, position, position + 1);
            }

            switch (b)
            {
                case 0xEF when At(position + 1) == 0xBB && At(position + 2) == 0xBF:
                    position += 3; // UnicodeBOM, ignored anywhere between tokens
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case (byte)'.':
                    return ReadSpread(position);
                case (byte)'"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                case (byte)'-':
                    return ReadNumber(position);
                default:
                    if (CharacterClasses.IsDigit(b))
                    {
                        return ReadNumber(position);
                    }

                    ThrowUnexpectedCharacter(position);
                    return default;
            }
        }
    }

    /// <summary>A comment runs to the end of the line (spec §2.1.4); returns the position after it.</summary>
    private readonly int SkipComment(int position)
    {
        var body = _body;
        position++;
        while (true)
        {
            int found = body[position..].IndexOfAny(CommentStops);
            if (found < 0)
            {
                return body.Length;
            }

            position += found;
            if (body[position] is (byte)'\n' or (byte)'\r')
            {
                return position;
            }

            // A non-ASCII character: a valid one is part of the comment; at an invalid one the comment
            // ends and the token loop reports it, where graphql-js reports it too.
            if (Rune.DecodeFromUtf8(body[position..], out _, out int size) != OperationStatus.Done)
            {
                return position;
            }

            position += size;
        }
    }

    private readonly Token ReadSpread(int position)
    {
        byte next = At(position + 1);
        if (next == '.')
        {
            if (At(position + 2) == '.')
            {
                return new Token(TokenKind.Spread, position, position + 3);
            }

            SyntaxError.Throw(_source, position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (CharacterClasses.IsDigit(next))
        {
            int end = ReadDigits(position + 1);
            string digits = Encoding.ASCII.GetString(_body[(position + 1)..end]);
            SyntaxError.Throw(_source, position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        ThrowUnexpectedCharacter(position);
        return default;
    }

    private readonly Token ReadName(int position)
    {
        var body = _body;
        int start = position;
        position++;
        while (position < body.Length && CharacterClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position);
    }

    /// <summary>Schema coordinates (spec §2.13) admit no ignored tokens, so every other character is an error.</summary>
    private readonly Token ReadCoordinateToken(int position)
    {
        if (position >= _body.Length)
        {
            return new Token(TokenKind.EndOfFile, _body.Length, _body.Length);
        }

        byte b = _body[position];
        switch (b)
        {
            case (byte)'.':
                return new Token(TokenKind.Dot, position, position + 1);
            case (byte)'(':
                return new Token(TokenKind.ParenL, position, position + 1);
            case (byte)')':
                return new Token(TokenKind.ParenR, position, position + 1);
            case (byte)':':
                return new Token(TokenKind.Colon, position, position + 1);
            case (byte)'@':
                return new Token(TokenKind.At, position, position + 1);
        }

        if (CharacterClasses.IsNameStart(b))
        {
            return ReadName(position);
        }

        SyntaxError.Throw(_source, position, $"Invalid character: {DescribeCharacterAt(position)}.");
        return default;
    }

    private readonly void ThrowUnexpectedCharacter(int position)
    {
        byte b = _body[position];
        if (b == '\'')
        {
            SyntaxError.Throw(_source, position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        // graphql-js says "Unexpected" for a real character that has no place here and "Invalid" for
        // something that is not a character at all (an unpaired surrogate; for us also malformed UTF-8).
        string kind = b < 0x80 || Rune.DecodeFromUtf8(_body[position..], out _, out _) == OperationStatus.Done
            ? "Unexpected"
            : "Invalid";
        SyntaxError.Throw(_source, position, $"{kind} character: {DescribeCharacterAt(position)}.");
    }

    /// <summary>
    /// How error messages show the character at <paramref name="position"/>: <c>"x"</c> for printable
    /// ASCII, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    private readonly string DescribeCharacterAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        byte b = _body[position];
        if (b is >= 0x20 and <= 0x7E)
        {
            return b == '"' ? "'\"'" : $"\"{(char)b}\"";
        }

        if (b < 0x80)
        {
            return FormatCodePoint(b);
        }

        return Rune.DecodeFromUtf8(_body[position..], out var rune, out _) == OperationStatus.Done
            ? FormatCodePoint(rune.Value)
            : DescribeMalformedUtf8(position);
    }

    /// <summary>
    /// A UTF-8 encoded surrogate (how <see cref="Parser.Parse(string, ParserOptions?)"/> keeps an unpaired
    /// surrogate of its input) is shown as its code point, like graphql-js shows it; any other malformed
    /// sequence by its first byte.
    /// </summary>
    private readonly string DescribeMalformedUtf8(int position)
    {
        if (IsEncodedSurrogate(position))
        {
            return FormatCodePoint(0xD000 | ((At(position + 1) & 0x3F) << 6) | (At(position + 2) & 0x3F));
        }

        return $"malformed UTF-8 (byte 0x{_body[position]:X2})";
    }

    /// <summary>Whether the three bytes at <paramref name="position"/> are the UTF-8 form of a surrogate code point (U+D800-U+DFFF).</summary>
    private readonly bool IsEncodedSurrogate(int position) =>
        At(position) == 0xED && (At(position + 1) & 0xE0) == 0xA0 && (At(position + 2) & 0xC0) == 0x80;

    private static string FormatCodePoint(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    private static readonly SearchValues<byte> CommentStops = CreateStops("\n\r"u8);

    /// <summary>The given ASCII bytes plus every non-ASCII byte, which needs UTF-8 validation.</summary>
    private static SearchValues<byte> CreateStops(ReadOnlySpan<byte> ascii)
    {
        var bytes = new byte[ascii.Length + 128];
        ascii.CopyTo(bytes);
        for (int i = 0; i < 128; i++)
        {
            bytes[ascii.Length + i] = (byte)(0x80 + i);
        }

        return SearchValues.Create(bytes);
    }
}
