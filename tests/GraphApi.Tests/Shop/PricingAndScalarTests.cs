using System.Text.Json;
using GraphApi.Features.GraphQL.Scalars;
using GraphApi.Features.Pricing;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language;

namespace GraphApi.Tests.Shop;

/// <summary><see cref="Money"/> from the database's minor units, and the custom scalars <c>Decimal</c> and <c>DateTime</c>.</summary>
public sealed class PricingAndScalarTests
{
    private static readonly DecimalScalar Decimal = new();
    private static readonly DateTimeScalar DateTime = new();

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [InlineData(1250L, "EUR", "12.50")]
    [InlineData(5L, "EUR", "0.05")]
    [InlineData(1250L, "JPY", "1250")]
    [InlineData(1250L, "KWD", "1.250")]
    public void Money_keeps_the_decimals_of_its_currency(long minorUnits, string currency, string amount)
    {
        var money = Money.FromMinorUnits(minorUnits, currency);

        Assert.Equal(amount, money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("12.50", MidpointRounding.ToPositiveInfinity, 1250L)]
    [InlineData("12.501", MidpointRounding.ToPositiveInfinity, 1251L)]
    [InlineData("12.509", MidpointRounding.ToNegativeInfinity, 1250L)]
    public void Amounts_become_minor_units_rounded_the_way_asked(string amount, MidpointRounding rounding, long minorUnits) =>
        Assert.Equal(minorUnits, Money.ToMinorUnits(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), "EUR", rounding));

    [Fact]
    public void Decimal_results_keep_their_digits()
    {
        Assert.Equal(12.50m, Decimal.Serialize(12.50m));
        Assert.Equal(7m, Decimal.Serialize(7L));
        Assert.Throws<ScalarCoercionException>(() => Decimal.Serialize(1.5d));
    }

    [Fact]
    public void Decimal_inputs_are_read_exactly_from_their_text()
    {
        Assert.Equal(0.1000000000000000000000000001m, Decimal.ParseValue(Json("0.1000000000000000000000000001")));
        Assert.Equal(12.5m, Decimal.ParseLiteral(Parser.ParseValue("12.5")));
        Assert.Equal(12m, Decimal.ParseLiteral(Parser.ParseValue("12")));
        Assert.Equal(
            "Decimal cannot represent a non-numeric value: \"12.5\"",
            Assert.Throws<ScalarCoercionException>(() => Decimal.ParseValue(Json("\"12.5\""))).Message);
        Assert.Throws<ScalarCoercionException>(() => Decimal.ParseLiteral(Parser.ParseValue("\"12.5\"")));
        Assert.Throws<ScalarCoercionException>(() => Decimal.ParseLiteral(Parser.ParseValue("1e40")));
    }

    [Fact]
    public void DateTime_results_are_utc_with_milliseconds()
    {
        var time = new DateTime(2026, 1, 31, 12, 0, 5, 123, DateTimeKind.Utc);

        Assert.Equal("2026-01-31T12:00:05.123Z", DateTime.Serialize(time));
        Assert.Equal("2026-01-31T12:00:05.123Z", DateTime.Serialize(new DateTimeOffset(time).ToOffset(TimeSpan.FromHours(2))));
        Assert.Throws<ScalarCoercionException>(() => DateTime.Serialize(new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("2026-01-31T12:00:00Z")]
    [InlineData("2026-01-31T14:00:00+02:00")]
    [InlineData("2026-01-31T12:00:00.000Z")]
    [InlineData("2026-01-31t12:00:00z")]
    public void DateTime_inputs_with_an_offset_become_utc(string text)
    {
        var expected = new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc);

        var parsed = (DateTime)DateTime.ParseValue(Json($"\"{text}\""))!;

        Assert.Equal(expected, parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
        Assert.Equal(expected, DateTime.ParseLiteral(Parser.ParseValue($"\"{text}\"")));
    }

    [Theory]
    [InlineData("\"2026-01-31T12:00:00\"")]
    [InlineData("\"2026-01-31\"")]
    [InlineData("\"yesterday\"")]
    [InlineData("1769860800")]
    public void DateTime_inputs_without_an_offset_or_not_a_date_time_are_refused(string json) =>
        Assert.Throws<ScalarCoercionException>(() => DateTime.ParseValue(Json(json)));
}
