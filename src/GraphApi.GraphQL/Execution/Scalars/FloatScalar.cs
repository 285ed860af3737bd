using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The built-in <c>Float</c> (spec §3.5.2): a finite IEEE 754 double. NaN and the infinities are errors
/// both ways; integer inputs are accepted and become doubles.
/// </summary>
public sealed class FloatScalar : ScalarCoercer
{
    public override string Name => BuiltInScalars.Float;

    public override object? Serialize(object value) => value switch
    {
        double d => double.IsFinite(d) ? value : throw NotNumeric(ValueInspector.Inspect(value)),

        // Through the shortest text so that 1.1f becomes 1.1, not 1.100000023841858.
        float f => double.IsFinite(f)
            ? double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : throw NotNumeric(ValueInspector.Inspect(value)),
        int or short or sbyte or byte or ushort or uint or long or ulong or decimal =>
            Convert.ToDouble(value, CultureInfo.InvariantCulture),
        BigInteger big => FromBigInteger(big),
        bool b => b ? 1d : 0d,
        string s when s.Length > 0
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed) => parsed,
        _ => throw NotNumeric(ValueInspector.Inspect(value)),
    };

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw NotNumeric(ValueInspector.Inspect(value));

    public override object? ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => throw NotNumeric(Printer.Print(literal)),
        };

        // A literal too large for a double is not representable (spec §3.5.2 Input Coercion).
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw NotNumeric(text);
    }

    private static double FromBigInteger(BigInteger value)
    {
        var d = (double)value;
        if (!double.IsFinite(d))
        {
            throw NotNumeric(value.ToString(CultureInfo.InvariantCulture) + " (value is too large)");
        }

        return new BigInteger(d) == value
            ? d
            : throw NotNumeric(value.ToString(CultureInfo.InvariantCulture) + " (value would lose precision)");
    }

    private static ScalarCoercionException NotNumeric(string shown) => new("Float cannot represent non numeric value: " + shown);
}
