using System.Globalization;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.Features.GraphQL.Scalars;

/// <summary>
/// The custom scalar <c>Decimal</c>: an exact <see cref="decimal"/>, written as a JSON number with its
/// digits, read from JSON numbers and Int or Float literals through their text, so nothing is rounded
/// through a double. Strings are refused, like the built-in number scalars refuse them.
/// </summary>
public sealed class DecimalScalar : ScalarCoercer
{
    public override string Name => "Decimal";

    public override object? Serialize(object value) => value switch
    {
        decimal => value,
        int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Decimal cannot represent a value of type {value.GetType().Name}: {value}"),
    };

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number
            ? Parse(value.GetRawText())
            : throw new ScalarCoercionException("Decimal cannot represent a non-numeric value: " + value.GetRawText());

    public override object? ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => Parse(i.Value),
        FloatValueNode f => Parse(f.Value),
        _ => throw new ScalarCoercionException("Decimal cannot represent a non-numeric value: " + Printer.Print(literal)),
    };

    private static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ScalarCoercionException($"Decimal cannot represent {text}: it has more than 28 significant digits or is too large.");
}
