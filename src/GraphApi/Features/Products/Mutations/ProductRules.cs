using GraphApi.Features.Mutations;
using GraphApi.Features.Pricing;

namespace GraphApi.Features.Products.Mutations;

/// <summary>What a product's fields must look like, checked before any change is written; limits follow the columns.</summary>
public static class ProductRules
{
    public const int MaxSkuLength = 32;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

    /// <summary>The highest price, 10 000 000.00 in a two-decimal currency: with the quantity limit, no order total can overflow.</summary>
    public const long MaxPriceMinor = 1_000_000_000;

    /// <summary>A SKU as stored: trimmed and upper-case, so that "abc-1" and "ABC-1" cannot name two products.</summary>
    public static string NormalizeSku(string sku) => sku.Trim().ToUpperInvariant();

    /// <summary>A name as stored: trimmed.</summary>
    public static string NormalizeName(string name) => name.Trim();

    /// <summary>A description as stored: trimmed, and null when nothing is left.</summary>
    public static string? NormalizeDescription(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    public static void CheckSku(string sku, List<MutationError> errors)
    {
        if (sku.Length is 0 or > MaxSkuLength || !sku.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
        {
            errors.Add(new ValidationError($"A SKU is 1 to {MaxSkuLength} letters, digits and dashes, not \"{sku}\".", "sku"));
        }
    }

    public static void CheckName(string name, List<MutationError> errors)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(new ValidationError($"A product name is 1 to {MaxNameLength} characters, not {name.Length}.", "name"));
        }
    }

    public static void CheckDescription(string? description, List<MutationError> errors)
    {
        if (description?.Length > MaxDescriptionLength)
        {
            errors.Add(new ValidationError(
                $"A description is at most {MaxDescriptionLength} characters, not {description.Length}.", "description"));
        }
    }

    /// <summary>
    /// The price in minor units of its currency (see <see cref="Money.MinorUnit"/>), or null when it is
    /// negative, too high, more precise than the currency, or in something that is not a currency code.
    /// </summary>
    public static long? ToMinorUnits(ProductPrice price, List<MutationError> errors)
    {
        var valid = true;
        if (price.Currency.Length != 3 || !price.Currency.All(c => c is >= 'A' and <= 'Z'))
        {
            errors.Add(new ValidationError(
                $"A currency is an ISO 4217 code of three capital letters, such as EUR, not \"{price.Currency}\".", "price.currency"));
            valid = false;
        }

        // Compared before dividing, so that no amount the Decimal scalar accepts can overflow below.
        var minor = price.Amount is >= 0 and <= MaxPriceMinor ? price.Amount / Money.MinorUnit(price.Currency) : -1;
        if (minor is < 0 or > MaxPriceMinor)
        {
            errors.Add(new ValidationError(
                $"A price is between 0 and {MaxPriceMinor} minor units, not {price.Amount} {price.Currency}.", "price.amount"));
            return null;
        }

        if (minor != decimal.Truncate(minor))
        {
            errors.Add(new ValidationError(
                $"{price.Currency} amounts have at most {Money.MinorUnit(price.Currency).Scale} decimals, unlike {price.Amount}.", "price.amount"));
            return null;
        }

        return valid ? (long)minor : null;
    }
}
