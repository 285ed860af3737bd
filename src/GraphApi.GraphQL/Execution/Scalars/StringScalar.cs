using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Scalars;

/// <summary>
/// The built-in <c>String</c> (spec §3.5.3). Results may also be characters, booleans, finite numbers (printed
/// as JavaScript prints them), CLR enum values (their name) and GUIDs; inputs must be strings.
/// </summary>
public sealed class StringScalar : ScalarCoercer
{
    public override string Name => BuiltInScalars.String;

    public override object? Serialize(object value) => value switch
    {
        string => value,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        double d => double.IsFinite(d) ? NumberFormat.ToJsString(d) : throw CannotRepresent(value),
        float f => double.IsFinite(f) ? FloatScalarText(f) : throw CannotRepresent(value),
        int or short or sbyte or byte or ushort or uint or long or ulong or decimal or BigInteger =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        Guid g => g.ToString(),
        _ => throw CannotRepresent(value),
    };

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ScalarCoercionException("String cannot represent a non string value: " + ValueInspector.Inspect(value));

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? s.Value
            : throw new ScalarCoercionException("String cannot represent a non string value: " + Printer.Print(literal));

    private static string FloatScalarText(float value) =>
        NumberFormat.ToJsString(double.Parse(value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static ScalarCoercionException CannotRepresent(object value) =>
        new("String cannot represent value: " + ValueInspector.Inspect(value));
}
