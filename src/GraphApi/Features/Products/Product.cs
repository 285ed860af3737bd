using GraphApi.Data;

namespace GraphApi.Features.Products;

/// <summary>Something the shop sells, with its price and the quantity in stock.</summary>
public sealed class Product : IVersioned, ICreationStamped
{
    public int Id { get; set; }

    /// <summary>Unique stock-keeping unit.</summary>
    public required string Sku { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Unit price in minor units of <see cref="Currency"/> (cents for EUR): integers sort and sum exactly.</summary>
    public long PriceMinor { get; set; }

    /// <summary>ISO 4217 code of the price, e.g. <c>EUR</c>.</summary>
    public required string Currency { get; set; }

    /// <summary>Units available to sell; never negative. Zero means out of stock.</summary>
    public int StockQuantity { get; set; }

    public int CategoryId { get; set; }

    public Category Category { get; set; } = null!;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }
}
