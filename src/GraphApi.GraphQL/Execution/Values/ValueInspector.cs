using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// Describes a value in an error message the way graphql-js's <c>inspect()</c> does: strings quoted as JSON,
/// numbers as JavaScript prints them, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>, nesting cut off
/// below two levels and lists after ten items, so that messages agree with the reference implementation.
/// </summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxListLength = 10;

    /// <summary>A resolved or coerced CLR value.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>A JSON value as a client sent it (e.g. a variable).</summary>
    public static string Inspect(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>A string quoted and escaped as JSON.stringify does.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                AppendQuoted(builder, s);
                break;
            case char c:
                AppendQuoted(builder, c.ToString());
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(NumberFormat.ToJsString(d));
                break;
            case float f:
                builder.Append(NumberFormat.ToJsString(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)));
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong or decimal or BigInteger:
                builder.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case JsonElement json:
                Write(builder, json, depth);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(builder, map, depth);
                break;
            case IEnumerable list:
                WriteList(builder, list.Cast<object?>(), depth);
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    private static void Write(StringBuilder builder, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                AppendQuoted(builder, value.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(value.TryGetDouble(out var d) && double.IsFinite(d) ? NumberFormat.ToJsString(d) : value.GetRawText());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Array:
                WriteList(builder, value.EnumerateArray().Select(e => (object?)e), depth);
                break;
            case JsonValueKind.Object:
                WriteObject(builder, value.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)), depth);
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteList(StringBuilder builder, IEnumerable<object?> items, int depth)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        int shown = Math.Min(list.Count, MaxListLength);
        for (int i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, list[i], depth + 1);
        }

        int remaining = list.Count - shown;
        if (remaining > 0)
        {
            builder.Append(remaining == 1 ? ", ... 1 more item" : $", ... {remaining} more items");
        }

        builder.Append(']');
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(list[i].Key).Append(": ");
            Write(builder, list[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
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
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    bool loneSurrogate = char.IsSurrogate(c)
                        && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < 0x20 || loneSurrogate)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
