using System.Globalization;

namespace GraphApi.Features.Pricing;

/// <summary>The GraphQL type <c>Money</c>: an exact amount in major units and its ISO 4217 currency.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    /// <summary>The money of <paramref name="minorUnits"/> (e.g. cents, as the database stores amounts) of <paramref name="currency"/>.</summary>
    public static Money FromMinorUnits(long minorUnits, string currency) =>
        new(minorUnits / MinorUnitsPerMajorUnit(currency), currency);

    /// <summary>
    /// <paramref name="amount"/> of <paramref name="currency"/> in minor units, rounded toward
    /// <paramref name="rounding"/> when it has more decimals than the currency (a filter bound of 9.999 EUR
    /// means at least 1000 cents, or at most 999).
    /// </summary>
    public static long ToMinorUnits(decimal amount, string currency, MidpointRounding rounding) =>
        decimal.ToInt64(decimal.Round(amount * MinorUnitsPerMajorUnit(currency), 0, rounding));

    /// <summary>
    /// How many minor units make one major unit: 100 for most currencies, 1 for those without minor units
    /// (ISO 4217 exponent 0, e.g. JPY) and 1000 for those with three decimals (e.g. KWD).
    /// </summary>
    public static decimal MinorUnitsPerMajorUnit(string currency) => currency.ToUpperInvariant() switch
    {
        "BIF" or "CLP" or "DJF" or "GNF" or "ISK" or "JPY" or "KMF" or "KRW" or "PYG" or "RWF" or "UGX" or "UYI"
            or "VND" or "VUV" or "XAF" or "XOF" or "XPF" => 1m,
        "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 1000m,
        _ => 100m,
    };

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;
}
