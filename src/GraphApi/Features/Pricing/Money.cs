namespace GraphApi.Features.Pricing;

/// <summary>The GraphQL type <c>Money</c>: an exact amount in major units and its ISO 4217 currency.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    /// <summary>
    /// The money of <paramref name="minorUnits"/> (e.g. cents, as the database stores amounts) of
    /// <paramref name="currency"/>, with the currency's decimals: 1250 cents are 12.50, not 12.5.
    /// </summary>
    public static Money FromMinorUnits(long minorUnits, string currency) => new(minorUnits * MinorUnit(currency), currency);

    /// <summary>
    /// <paramref name="amount"/> of <paramref name="currency"/> in minor units, rounded toward
    /// <paramref name="rounding"/> when it has more decimals than the currency (a filter bound of 9.999 EUR
    /// means at least 1000 cents, or at most 999).
    /// </summary>
    public static long ToMinorUnits(decimal amount, string currency, MidpointRounding rounding) =>
        decimal.ToInt64(decimal.Round(amount / MinorUnit(currency), 0, rounding));

    /// <summary>
    /// One minor unit in major units, written with the currency's decimals (ISO 4217 exponent): 0.01 for most
    /// currencies, 1 for those without minor units (e.g. JPY), 0.001 for those with three decimals (e.g. KWD).
    /// Multiplying by it gives amounts those decimals.
    /// </summary>
    public static decimal MinorUnit(string currency) => currency.ToUpperInvariant() switch
    {
        "BIF" or "CLP" or "DJF" or "GNF" or "ISK" or "JPY" or "KMF" or "KRW" or "PYG" or "RWF" or "UGX" or "UYI"
            or "VND" or "VUV" or "XAF" or "XOF" or "XPF" => 1m,
        "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 0.001m,
        _ => 0.01m,
    };
}
