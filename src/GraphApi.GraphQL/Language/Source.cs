using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document as UTF-8 bytes. Token and node locations are byte offsets into
/// <see cref="Body"/>; line and column numbers are computed only when an error needs them.
/// </summary>
public sealed class Source
{
    // Computed on first use; one reference so that threads sharing a cached Source see both arrays together.
    private LineTable? _lines;

    public Source(string text, string name = "GraphQL request")
        : this(Encoding.UTF8.GetBytes(text), name)
    {
    }

    public Source(ReadOnlyMemory<byte> utf8, string name = "GraphQL request")
    {
        Body = utf8;
        Name = name;
    }

    /// <summary>The UTF-8 encoded document.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of a byte offset. Lines end at LF, CRLF or a lone CR
    /// (spec §2.1.2 Line Terminators). Columns count UTF-16 code units, as graphql-js does, so that
    /// locations agree with JavaScript tools for documents with non-ASCII strings and comments.
    /// </summary>
    public SourceLocation GetLocation(int offset)
    {
        var lines = _lines ??= ComputeLines(Body.Span);
        var starts = lines.Starts;
        int index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        int lineStart = starts[index];

        // On an ASCII line bytes are columns; an error with thousands of locations on one long line
        // must not rescan the line for each of them.
        if (lines.IsAscii[index])
        {
            return new SourceLocation(index + 1, offset - lineStart + 1);
        }

        var span = Body.Span;
        int end = Math.Min(offset, span.Length);
        int column = 1;
        for (int i = lineStart; i < end; i++)
        {
            byte b = span[i];
            if ((b & 0xC0) == 0x80)
            {
                continue; // continuation byte: already counted with its lead byte
            }

            column += b >= 0xF0 ? 2 : 1; // a 4-byte sequence is a surrogate pair in UTF-16
        }

        return new SourceLocation(index + 1, column);
    }

    private sealed record LineTable(bool[] IsAscii, int[] Starts);

    private static LineTable ComputeLines(ReadOnlySpan<byte> body)
    {
        var starts = new List<int> { 0 };
        var ascii = new List<bool>();
        bool lineAscii = true;
        for (int i = 0; i < body.Length; i++)
        {
            byte b = body[i];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                if (b == (byte)'\r' && i + 1 < body.Length && body[i + 1] == (byte)'\n')
                {
                    i++;
                }

                ascii.Add(lineAscii);
                lineAscii = true;
                starts.Add(i + 1);
            }
            else if (b >= 0x80)
            {
                lineAscii = false;
            }
        }

        ascii.Add(lineAscii);
        return new LineTable(ascii.ToArray(), starts.ToArray());
    }
}

/// <summary>A 1-based line and column, as GraphQL responses report them (spec §7.1.2 Errors).</summary>
public readonly record struct SourceLocation(int Line, int Column);
