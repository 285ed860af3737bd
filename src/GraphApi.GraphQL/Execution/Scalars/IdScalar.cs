using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The built-in <c>ID</c> (spec §3.5.5): always serialized as a string. Results may be strings, integers
/// (of any size, or integral floating-point values) and GUIDs; inputs may be strings or integers, never floats.
/// </summary>
public sealed class IdScalar : ScalarCoercer
{
    public override string Name => BuiltInScalars.ID;

    public override object? Serialize(object value) => value switch
    {
        string => value,
        int or short or sbyte or byte or ushort or uint or long or ulong or BigInteger =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) && Math.Floor(d) == d ? NumberFormat.ToJsString(d) : throw CannotRepresent(value),
        float f => float.IsFinite(f) && MathF.Floor(f) == f ? NumberFormat.ToJsString(f) : throw CannotRepresent(value),
        decimal m => decimal.Truncate(m) == m ? decimal.Truncate(m).ToString(CultureInfo.InvariantCulture) : throw CannotRepresent(value),
        Guid g => g.ToString(),
        _ => throw CannotRepresent(value),
    };

    public override object? ParseValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                // Keep the client's digits when they are a plain integer, so that large IDs lose no precision.
                var raw = value.GetRawText();
                if (IsIntegerText(raw))
                {
                    return raw;
                }

                if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && decimal.Truncate(m) == m)
                {
                    return decimal.Truncate(m).ToString(CultureInfo.InvariantCulture);
                }

                break;
        }

        throw CannotRepresent(value);
    }

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException("ID cannot represent a non-string and non-integer value: " + Printer.Print(literal)),
    };

    private static bool IsIntegerText(string text)
    {
        int start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        for (int i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static ScalarCoercionException CannotRepresent(object value) => new("ID cannot represent value: " + ValueInspector.Inspect(value));
}
