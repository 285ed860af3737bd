using System.Buffers;
using System.Diagnostics;
using System.Text;

namespace GraphApi.GraphQL.Language;

internal ref partial struct Lexer
{
    // Decoded text is never longer in UTF-16 code units than its UTF-8 source in bytes (an escape or
    // a multi-byte character always yields fewer units than bytes), so one buffer of the token's byte
    // length suffices. Short strings, the common case, are decoded on the stack.
    private const int StackBufferChars = 256;

    /// <summary>The value of a <see cref="TokenKind.String"/> token, escapes resolved (spec §2.9.4 Static Semantics).</summary>
    public static string DecodeString(ReadOnlySpan<byte> body, Token token)
    {
        int start = token.Start + 1;
        int end = token.End - 1;
        if (!token.HasEscapes)
        {
            return start == end ? string.Empty : Encoding.UTF8.GetString(body[start..end]);
        }

        char[]? rented = null;
        Span<char> buffer = end - start <= StackBufferChars
            ? stackalloc char[StackBufferChars]
            : (rented = ArrayPool<char>.Shared.Rent(end - start));
        int written = 0;
        int position = start;
        while (position < end)
        {
            int backslash = body[position..end].IndexOf((byte)'\\');
            int chunkEnd = backslash < 0 ? end : position + backslash;
            written += Encoding.UTF8.GetChars(body[position..chunkEnd], buffer[written..]);
            if (backslash < 0)
            {
                break;
            }

            bool valid = TryDecodeEscape(body, chunkEnd, out var rune, out int size);
            Debug.Assert(valid, "the lexer validated every escape of the token");
            written += rune.EncodeToUtf16(buffer[written..]);
            position = chunkEnd + size;
        }

        string result = new(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The value of a <see cref="TokenKind.BlockString"/> token: <c>\"""</c> resolved, then dedented by <see cref="BlockString.Dedent"/>.</summary>
    public static string DecodeBlockString(ReadOnlySpan<byte> body, Token token)
    {
        var raw = body[(token.Start + 3)..(token.End - 3)];
        char[]? rented = null;
        Span<char> buffer = raw.Length <= StackBufferChars
            ? stackalloc char[StackBufferChars]
            : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        int written;
        if (!token.HasEscapes)
        {
            written = Encoding.UTF8.GetChars(raw, buffer);
        }
        else
        {
            written = 0;
            int position = 0;
            while (true)
            {
                int escape = raw[position..].IndexOf("\\\"\"\""u8);
                int chunkEnd = escape < 0 ? raw.Length : position + escape;
                written += Encoding.UTF8.GetChars(raw[position..chunkEnd], buffer[written..]);
                if (escape < 0)
                {
                    break;
                }

                "\"\"\"".CopyTo(buffer[written..]);
                written += 3;
                position = chunkEnd + 4;
            }
        }

        string result = BlockString.Dedent(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }
}
