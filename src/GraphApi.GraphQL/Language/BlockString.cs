using System.Buffers;

namespace GraphApi.GraphQL.Language;

/// <summary>The value semantics of block strings (spec §2.9.4 BlockStringValue()).</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue): removes the common indentation of all lines but the first, then the
    /// leading and trailing lines that hold only whitespace, and joins the lines with line feeds.
    /// <paramref name="rawValue"/> is the text between the triple quotes with <c>\"""</c> already resolved.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> rawValue)
    {
        // First pass: the common indentation and the first and last lines that are not blank.
        int commonIndent = int.MaxValue;
        int firstContentLine = -1;
        int lastContentLine = -1;
        int lineIndex = 0;
        for (var lines = new LineEnumerator(rawValue); lines.MoveNext(); lineIndex++)
        {
            var line = lines.Current;
            int indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue; // blank lines neither set the indentation nor count as content
            }

            if (firstContentLine < 0)
            {
                firstContentLine = lineIndex;
            }

            lastContentLine = lineIndex;
            if (lineIndex != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstContentLine < 0)
        {
            return string.Empty;
        }

        // Second pass: the kept lines, each without the common indentation (never the first line).
        char[]? rented = null;
        Span<char> buffer = rawValue.Length <= 256
            ? stackalloc char[256]
            : (rented = ArrayPool<char>.Shared.Rent(rawValue.Length));
        int written = 0;
        lineIndex = 0;
        for (var lines = new LineEnumerator(rawValue); lines.MoveNext() && lineIndex <= lastContentLine; lineIndex++)
        {
            if (lineIndex < firstContentLine)
            {
                continue;
            }

            var line = lines.Current;
            if (lineIndex != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            if (lineIndex != firstContentLine)
            {
                buffer[written++] = '\n';
            }

            line.CopyTo(buffer[written..]);
            written += line.Length;
        }

        string result = new(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && CharacterClasses.IsWhitespace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Splits text at LF, CRLF and lone CR (spec §2.1.2 Line Terminators) without allocating.</summary>
    private ref struct LineEnumerator(ReadOnlySpan<char> text)
    {
        private ReadOnlySpan<char> _rest = text;
        private bool _done;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            if (_done)
            {
                return false;
            }

            int end = _rest.IndexOfAny('\n', '\r');
            if (end < 0)
            {
                Current = _rest;
                _done = true;
                return true;
            }

            Current = _rest[..end];
            int next = _rest[end] == '\r' && end + 1 < _rest.Length && _rest[end + 1] == '\n' ? end + 2 : end + 1;
            _rest = _rest[next..];
            return true;
        }
    }
}
