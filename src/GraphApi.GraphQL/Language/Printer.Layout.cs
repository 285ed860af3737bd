using System.Text;

namespace GraphApi.GraphQL.Language;

public static partial class Printer
{
    /// <summary>The line width past which argument lists, lists and objects break onto several lines, as in graphql-js.</summary>
    private const int MaxLineLength = 80;

    // Fixed pieces are shared: a Doc does not know where it is written, so one instance can appear anywhere.
    private static readonly Doc Empty = new TextDoc(string.Empty);
    private static readonly Doc Space = new TextDoc(" ");
    private static readonly Doc CommaSpace = new TextDoc(", ");
    private static readonly Doc ColonSpace = new TextDoc(": ");
    private static readonly Doc NewLine = new TextDoc("\n");
    private static readonly Doc BlankLine = new TextDoc("\n\n");
    private static readonly Doc Ampersand = new TextDoc(" & ");
    private static readonly Doc Pipe = new TextDoc(" | ");
    private static readonly Doc OpenParen = new TextDoc("(");
    private static readonly Doc CloseParen = new TextDoc(")");
    private static readonly Doc OpenParenLine = new TextDoc("(\n");
    private static readonly Doc CloseParenLine = new TextDoc("\n)");
    private static readonly Doc OpenBracket = new TextDoc("[");
    private static readonly Doc CloseBracket = new TextDoc("]");
    private static readonly Doc OpenBracketLine = new TextDoc("[\n");
    private static readonly Doc CloseBracketLine = new TextDoc("\n]");
    private static readonly Doc OpenBraceLine = new TextDoc("{\n");
    private static readonly Doc CloseBraceLine = new TextDoc("\n}");
    private static readonly Doc OpenObject = new TextDoc("{ ");
    private static readonly Doc CloseObject = new TextDoc(" }");
    private static readonly Doc EmptyBraces = new TextDoc("{}");
    private static readonly Doc Dollar = new TextDoc("$");
    private static readonly Doc At = new TextDoc("@");
    private static readonly Doc Ellipsis = new TextDoc("...");
    private static readonly Doc Bang = new TextDoc("!");
    private static readonly Doc Dot = new TextDoc(".");
    private static readonly Doc ArgumentCoordinateEnd = new TextDoc(":)");
    private static readonly Doc Assign = new TextDoc(" = ");
    private static readonly Doc AssignMembers = new TextDoc("= ");
    private static readonly Doc OnSpace = new TextDoc("on ");
    private static readonly Doc SpacedOn = new TextDoc(" on ");
    private static readonly Doc Implements = new TextDoc("implements ");
    private static readonly Doc Repeatable = new TextDoc(" repeatable");
    private static readonly Doc Null = new TextDoc("null");
    private static readonly Doc True = new TextDoc("true");
    private static readonly Doc False = new TextDoc("false");

    /// <summary>
    /// Laid-out output whose rendered length and line breaks are known before it is written: graphql-js
    /// decides where to break lines from the printed length of children, so layout runs bottom-up and
    /// writing happens once, at the end, into a single builder.
    /// </summary>
    private abstract class Doc(int length, int lineBreaks)
    {
        /// <summary>Characters this piece renders to, counting the indentation its own <see cref="IndentDoc"/>s add.</summary>
        public int Length { get; } = length;

        public int LineBreaks { get; } = lineBreaks;

        public bool IsEmpty => Length == 0;

        /// <summary>Writes the text; every line break is followed by <paramref name="depth"/> levels of indentation.</summary>
        public abstract void WriteTo(StringBuilder builder, int depth);
    }

    private sealed class TextDoc(string text) : Doc(text.Length, CountLineBreaks(text))
    {
        public override void WriteTo(StringBuilder builder, int depth)
        {
            if (LineBreaks == 0 || depth == 0)
            {
                builder.Append(text);
                return;
            }

            var rest = text.AsSpan();
            int breakAt;
            while ((breakAt = rest.IndexOf('\n')) >= 0)
            {
                builder.Append(rest[..(breakAt + 1)]).Append(' ', depth * 2);
                rest = rest[(breakAt + 1)..];
            }

            builder.Append(rest);
        }

        private static int CountLineBreaks(string text) => text.AsSpan().Count('\n');
    }

    private sealed class SequenceDoc(Doc[] parts, int length, int lineBreaks) : Doc(length, lineBreaks)
    {
        public override void WriteTo(StringBuilder builder, int depth)
        {
            foreach (var part in parts)
            {
                part.WriteTo(builder, depth);
            }
        }
    }

    /// <summary>Content one level (two spaces) deeper; empty lines are indented too, as graphql-js does.</summary>
    private sealed class IndentDoc(Doc inner) : Doc(inner.Length + (2 * (inner.LineBreaks + 1)), inner.LineBreaks)
    {
        public override void WriteTo(StringBuilder builder, int depth)
        {
            builder.Append("  ");
            inner.WriteTo(builder, depth + 1);
        }
    }

    private static Doc Text(string text) => text.Length == 0 ? Empty : new TextDoc(text);

    /// <summary>The pieces one after another, leaving out empty ones.</summary>
    private static Doc Concat(params ReadOnlySpan<Doc> parts) => Join(parts, Empty);

    /// <summary>The non-empty pieces with <paramref name="separator"/> between them.</summary>
    private static Doc Join(ReadOnlySpan<Doc> parts, Doc separator)
    {
        var count = 0;
        Doc? single = null;
        foreach (var part in parts)
        {
            if (!part.IsEmpty)
            {
                count++;
                single = part;
            }
        }

        if (count <= 1)
        {
            return single ?? Empty;
        }

        var withSeparators = separator.IsEmpty ? count : (2 * count) - 1;
        var items = new Doc[withSeparators];
        int length = 0, lineBreaks = 0, i = 0;
        foreach (var part in parts)
        {
            if (part.IsEmpty)
            {
                continue;
            }

            if (i > 0 && !separator.IsEmpty)
            {
                items[i++] = separator;
                length += separator.Length;
                lineBreaks += separator.LineBreaks;
            }

            items[i++] = part;
            length += part.Length;
            lineBreaks += part.LineBreaks;
        }

        return new SequenceDoc(items, length, lineBreaks);
    }

    /// <summary><paramref name="inner"/> between <paramref name="open"/> and <paramref name="close"/>, or nothing when it is empty.</summary>
    private static Doc Wrap(Doc open, Doc inner, Doc close) => inner.IsEmpty ? Empty : Concat(open, inner, close);

    private static Doc Wrap(Doc open, Doc inner) => Wrap(open, inner, Empty);

    private static Doc Indent(Doc inner) => inner.IsEmpty ? inner : new IndentDoc(inner);

    /// <summary>Items one per line, indented, between braces; nothing when there are no items.</summary>
    private static Doc Block(ReadOnlySpan<Doc> items) => Wrap(OpenBraceLine, Indent(Join(items, NewLine)), CloseBraceLine);

    /// <summary>The items one per line and indented when any of them spans several lines, else on one line.</summary>
    private static Doc ParenthesizedList(ReadOnlySpan<Doc> items) => HasLineBreaks(items)
        ? Wrap(OpenParenLine, Indent(Join(items, NewLine)), CloseParenLine)
        : Wrap(OpenParen, Join(items, CommaSpace), CloseParen);

    /// <summary>The length the items would have on one line, joined by <paramref name="separator"/>.</summary>
    private static int JoinedLength(ReadOnlySpan<Doc> items, Doc separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (!item.IsEmpty)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }

        return length;
    }

    private static bool HasLineBreaks(ReadOnlySpan<Doc> items)
    {
        foreach (var item in items)
        {
            if (item.LineBreaks != 0)
            {
                return true;
            }
        }

        return false;
    }
}
