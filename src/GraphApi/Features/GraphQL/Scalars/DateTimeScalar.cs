using System.Globalization;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.Features.GraphQL.Scalars;

/// <summary>
/// The custom scalar <c>DateTime</c> (RFC 3339 date-time, as its <c>@specifiedBy</c> URL describes): results
/// are UTC with milliseconds and a Z, like JavaScript's <c>Date.toISOString()</c>; inputs must have an
/// offset (Z or ±hh:mm) and become UTC <see cref="DateTime"/>s, the form the database keeps.
/// </summary>
public sealed class DateTimeScalar : ScalarCoercer
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public override string Name => "DateTime";

    public override object? Serialize(object value) => value switch
    {
        DateTime { Kind: DateTimeKind.Utc } utc => utc.ToString(OutputFormat, CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture),
        DateTime => throw new ScalarCoercionException($"DateTime cannot represent a DateTime of kind {((DateTime)value).Kind}: only UTC times are unambiguous."),
        _ => throw new ScalarCoercionException($"DateTime cannot represent a value of type {value.GetType().Name}: {value}"),
    };

    public override object? ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? Parse(value.GetString()!)
            : throw new ScalarCoercionException("DateTime cannot represent a non-string value: " + value.GetRawText());

    public override object? ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : throw new ScalarCoercionException("DateTime cannot represent a non-string value: " + Printer.Print(literal));

    private static DateTime Parse(string text) =>
        text.Length > 0 && (text[^1] is 'Z' or 'z' || text.Length > 6 && text[^6] is '+' or '-')
        && DateTimeOffset.TryParseExact(text.ToUpperInvariant(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.UtcDateTime
            : throw new ScalarCoercionException($"DateTime cannot represent \"{text}\": expected an RFC 3339 date-time with an offset, such as 2026-01-31T12:00:00Z.");
}
