using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Execution.Values;

namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The built-in <c>Int</c> (spec §3.5.1): a signed 32-bit integer. Results outside 32 bits or with a
/// fraction are errors, never wrapped or truncated; inputs must be integers (a JSON number with an empty
/// fractional part counts as one, a <c>1.0</c> literal does not).
/// </summary>
public sealed class IntScalar : ScalarCoercer
{
    public override string Name => BuiltInScalars.Int;

    public override object? Serialize(object value)
    {
        switch (value)
        {
            case int:
                return value;
            case short or sbyte or byte or ushort:
                return Convert.ToInt32(value, CultureInfo.InvariantCulture);
            case long l:
                return FromInteger(l, value);
            case uint u:
                return FromInteger(u, value);
            case ulong ul:
                return ul <= int.MaxValue ? (int)ul : throw NotInt32(ValueInspector.Inspect(value));
            case BigInteger big:
                return big >= int.MinValue && big <= int.MaxValue ? (int)big : throw NotInt32(ValueInspector.Inspect(value));
            case double d:
                return FromDouble(d, value);
            case float f:
                return FromDouble(f, value);
            case decimal m:
                return decimal.Truncate(m) != m ? throw NotInteger(ValueInspector.Inspect(value))
                    : m >= int.MinValue && m <= int.MaxValue ? (int)m : throw NotInt32(ValueInspector.Inspect(value));
            case bool b:
                return b ? 1 : 0;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return FromDouble(parsed, value);
            default:
                throw NotInteger(ValueInspector.Inspect(value));
        }
    }

    public override object? ParseValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw NotInteger(ValueInspector.Inspect(value));
        }

        if (value.TryGetInt32(out var i))
        {
            return i;
        }

        // 1.0 or 1e3: JSON does not tell integers from floats, so an empty fractional part makes an integer (spec §3.5).
        if (!value.TryGetDouble(out var d) || !double.IsFinite(d) || Math.Floor(d) != d)
        {
            throw NotInteger(ValueInspector.Inspect(value));
        }

        return d >= int.MinValue && d <= int.MaxValue ? (int)d : throw NotInt32(ValueInspector.Inspect(value));
    }

    public override object? ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            throw NotInteger(Printer.Print(literal));
        }

        return int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw NotInt32(node.Value);
    }

    private static int FromInteger(long value, object original) =>
        value >= int.MinValue && value <= int.MaxValue ? (int)value : throw NotInt32(ValueInspector.Inspect(original));

    private static int FromDouble(double value, object original)
    {
        if (!double.IsFinite(value) || Math.Floor(value) != value)
        {
            throw NotInteger(ValueInspector.Inspect(original));
        }

        return value >= int.MinValue && value <= int.MaxValue ? (int)value : throw NotInt32(ValueInspector.Inspect(original));
    }

    private static ScalarCoercionException NotInteger(string shown) => new("Int cannot represent non-integer value: " + shown);

    private static ScalarCoercionException NotInt32(string shown) =>
        new("Int cannot represent non 32-bit signed integer value: " + shown);
}
