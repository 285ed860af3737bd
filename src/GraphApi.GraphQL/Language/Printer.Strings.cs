using System.Text;

namespace GraphApi.GraphQL.Language;

public static partial class Printer
{
    /// <summary>Longest single-line block string printed on one line; longer ones get their own lines, as in graphql-js.</summary>
    private const int MaxSingleLineBlockString = 70;

    /// <summary>
    /// A quoted string literal (spec §2.9.4) for <paramref name="value"/>: quote, backslash and the C0 and C1
    /// control characters are escaped (the common ones as <c>\n</c>, <c>\t</c>, ...); everything else is kept.
    /// </summary>
    internal static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A block string literal (spec §2.9.4 Block Strings) whose value, once the parser removes the common
    /// indentation, is <paramref name="value"/> again. Opening and closing quotes get lines of their own
    /// when the value spans lines, is long, or starts or ends with a character that would change meaning
    /// next to the quotes (leading indentation, a trailing quote or backslash).
    /// </summary>
    internal static string PrintBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;

        // When every line after the first starts with indentation (or is empty), the parser would take that
        // indentation as common and strip it, so a line break keeps the first line out of the computation.
        var forceLeadingNewLine = !isSingleLine && LaterLinesAllIndented(escaped);
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewLine = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine
            || value.Length > MaxSingleLineBlockString
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;

        // A single line starting with indentation must not be moved to its own line: the parser would strip it.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsBlockWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// True when printing <paramref name="value"/> as a block string and parsing it back gives the same value:
    /// no control characters other than tab and line feed, no carriage return, no leading or trailing blank
    /// lines, and not every line indented (that indentation would be removed as common).
    /// </summary>
    internal static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // a leading blank line
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                case <= '\u000F':
                    return false; // other C0 controls up to U+000F (carriage return included), as graphql-js decides
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        // A trailing blank line would be dropped; indentation on every line would be stripped.
        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private static bool LaterLinesAllIndented(string text)
    {
        var lines = text.AsSpan();
        var first = true;
        while (true)
        {
            var end = lines.IndexOfAny('\n', '\r');
            var line = end < 0 ? lines : lines[..end];
            if (!first && line.Length > 0 && !IsBlockWhiteSpace(line[0]))
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            first = false;
            var breakLength = lines[end] == '\r' && end + 1 < lines.Length && lines[end + 1] == '\n' ? 2 : 1;
            lines = lines[(end + breakLength)..];
        }
    }

    private static bool IsBlockWhiteSpace(char c) => c is ' ' or '\t';
}
