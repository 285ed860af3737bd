using System.Buffers;
using System.Text;

namespace GraphApi.GraphQL.Language;

internal ref partial struct Lexer
{
    private static readonly SearchValues<byte> StringStops = CreateStops("\"\\\n\r"u8);
    private static readonly SearchValues<byte> BlockStringStops = CreateStops("\"\\"u8);

    /// <summary>
    /// A quoted string (spec §2.9.4): validated here (escapes, UTF-8, no line terminator) but not decoded;
    /// <see cref="DecodeString"/> does that when the parser builds the node.
    /// </summary>
    private readonly Token ReadString(int start)
    {
        var body = _body;
        int position = start + 1;
        bool hasEscapes = false;
        while (true)
        {
            int found = body[position..].IndexOfAny(StringStops);
            if (found < 0)
            {
                SyntaxError.Throw(_source, body.Length, "Unterminated string.");
            }

            position += found;
            switch (body[position])
            {
                case (byte)'"':
                    return new Token(TokenKind.String, start, position + 1, hasEscapes);
                case (byte)'\\':
                    hasEscapes = true;
                    position += ValidateEscape(position);
                    break;
                case (byte)'\n':
                case (byte)'\r':
                    SyntaxError.Throw(_source, position, "Unterminated string.");
                    break;
                default:
                    position += ValidateCharacterInString(position);
                    break;
            }
        }
    }

    /// <summary>
    /// A block string (spec §2.9.4 BlockString): everything up to the closing <c>"""</c> except an escaped
    /// <c>\"""</c>. Line terminators and escapes are verbatim; only UTF-8 validity is checked.
    /// </summary>
    private readonly Token ReadBlockString(int start)
    {
        var body = _body;
        int position = start + 3;
        bool hasEscapes = false;
        while (true)
        {
            int found = body[position..].IndexOfAny(BlockStringStops);
            if (found < 0)
            {
                SyntaxError.Throw(_source, body.Length, "Unterminated string.");
            }

            position += found;
            switch (body[position])
            {
                case (byte)'"':
                    if (At(position + 1) == '"' && At(position + 2) == '"')
                    {
                        return new Token(TokenKind.BlockString, start, position + 3, hasEscapes);
                    }

                    position++;
                    break;
                case (byte)'\\':
                    if (IsEscapedTripleQuote(body, position))
                    {
                        hasEscapes = true;
                        position += 4;
                    }
                    else
                    {
                        position++;
                    }

                    break;
                default:
                    position += ValidateCharacterInString(position);
                    break;
            }
        }
    }

    private static bool IsEscapedTripleQuote(ReadOnlySpan<byte> body, int position) =>
        body[position..].StartsWith("\\\"\"\""u8);

    /// <summary>Checks the non-ASCII character at <paramref name="position"/>; returns its length in bytes.</summary>
    private readonly int ValidateCharacterInString(int position)
    {
        if (Rune.DecodeFromUtf8(_body[position..], out _, out int size) != OperationStatus.Done)
        {
            SyntaxError.Throw(_source, position, $"Invalid character within String: {DescribeMalformedUtf8(position)}.");
        }

        return size;
    }

    /// <summary>Checks the escape sequence at <paramref name="position"/> (a backslash); returns its length in bytes.</summary>
    private readonly int ValidateEscape(int position)
    {
        if (TryDecodeEscape(_body, position, out _, out int size))
        {
            return size;
        }

        string sequence = QuoteSource(position, size);
        SyntaxError.Throw(
            _source,
            position,
            At(position + 1) == 'u'
                ? $"Invalid Unicode escape sequence: \"{sequence}\"."
                : $"Invalid character escape sequence: \"{sequence}\".");
        return 0;
    }

    /// <summary>
    /// The source text from <paramref name="position"/> that is <paramref name="length"/> UTF-16 code units
    /// long (or shorter at the end), so that an error quotes what graphql-js, which counts in UTF-16, quotes.
    /// A malformed byte, or an encoded unpaired surrogate, shows as U+FFFD.
    /// </summary>
    private readonly string QuoteSource(int position, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length && position < _body.Length)
        {
            if (Rune.DecodeFromUtf8(_body[position..], out var rune, out int size) != OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                size = IsEncodedSurrogate(position) ? 3 : 1;
            }

            if (text.Length + rune.Utf16SequenceLength > length)
            {
                break;
            }

            text.Append(rune.ToString());
            position += size;
        }

        return text.ToString();
    }

    /// <summary>
    /// Decodes the escape sequence starting with the backslash at <paramref name="position"/> (spec §2.9.4
    /// Escape Sequences, Static Semantics): <c>\x</c>, <c>\uXXXX</c>, <c>\u{X...}</c>, or two <c>\uXXXX</c>
    /// forming a surrogate pair. Every valid escape yields exactly one Unicode scalar value.
    /// <paramref name="size"/> is the length of the sequence, or on failure the length of the part to quote
    /// in the error message.
    /// </summary>
    private static bool TryDecodeEscape(ReadOnlySpan<byte> body, int position, out Rune value, out int size)
    {
        value = default;
        byte next = ByteAt(body, position + 1);
        if (next != 'u')
        {
            size = 2;
            char decoded = next switch
            {
                (byte)'"' => '"',
                (byte)'\\' => '\\',
                (byte)'/' => '/',
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => '\0',
            };
            if (decoded == '\0')
            {
                return false;
            }

            value = new Rune(decoded);
            return true;
        }

        if (ByteAt(body, position + 2) == '{')
        {
            return TryDecodeVariableWidthEscape(body, position, out value, out size);
        }

        size = 6;
        int code = ReadHex4(body, position + 2);
        if (Rune.IsValid(code))
        {
            value = new Rune(code);
            return true;
        }

        // A leading surrogate is valid only directly followed by an escaped trailing surrogate.
        if (code is >= 0xD800 and <= 0xDBFF && ByteAt(body, position + 6) == '\\' && ByteAt(body, position + 7) == 'u')
        {
            int trailing = ReadHex4(body, position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value = new Rune(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00));
                size = 12;
                return true;
            }
        }

        return false;
    }

    /// <summary><c>\u{</c> HexDigit+ <c>}</c>: at most eight hex digits are read, as graphql-js reads them.</summary>
    private static bool TryDecodeVariableWidthEscape(ReadOnlySpan<byte> body, int position, out Rune value, out int size)
    {
        value = default;
        int point = 0;
        size = 3;
        while (size < 12)
        {
            byte b = ByteAt(body, position + size++);
            if (b == '}')
            {
                if (size < 5 || !Rune.IsValid(point))
                {
                    return false;
                }

                value = new Rune(point);
                return true;
            }

            int digit = HexValue(b);
            if (digit < 0)
            {
                return false;
            }

            point = (point << 4) | digit;
            if (point < 0)
            {
                return false; // more than 0x7FFFFFF: far beyond any code point
            }
        }

        return false;
    }

    /// <summary>Four hex digits as a number, or -1 if any of them is not a hex digit.</summary>
    private static int ReadHex4(ReadOnlySpan<byte> body, int position)
    {
        int result = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = HexValue(ByteAt(body, position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private static int HexValue(byte b)
    {
        if (!CharacterClasses.IsHexDigit(b))
        {
            return -1;
        }

        return b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
    }

    private static byte ByteAt(ReadOnlySpan<byte> body, int position) =>
        (uint)position < (uint)body.Length ? body[position] : (byte)0;
}
