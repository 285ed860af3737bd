using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document as UTF-8 bytes. Token and node locations are byte offsets into
/// <see cref="Body"/>; line and column numbers are computed only when an error needs them.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

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
        var starts = _lineStarts ??= ComputeLineStarts(Body.Span);
        int index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        int lineStart = starts[index];
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

    private static int[] ComputeLineStarts(ReadOnlySpan<byte> body)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < body.Length; i++)
        {
            byte b = body[i];
            if (b == (byte)'\n')
            {
                starts.Add(i + 1);
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < body.Length && body[i + 1] == (byte)'\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}

/// <summary>A 1-based line and column, as GraphQL responses report them (spec §7.1.2 Errors).</summary>
public readonly record struct SourceLocation(int Line, int Column);
