using GraphApi.Features.Products;

namespace GraphApi.Features.Orders;

/// <summary>One product of an order, at the price it was sold for. Written once, when the order is placed.</summary>
public sealed class OrderLine
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public int ProductId { get; set; }

    public Product Product { get; set; } = null!;

    /// <summary>Units ordered; at least one.</summary>
    public int Quantity { get; set; }

    /// <summary>Price of one unit when the order was placed, in minor units of the order's currency.</summary>
    public long UnitPriceMinor { get; set; }

    /// <summary><see cref="UnitPriceMinor"/> times <see cref="Quantity"/>; stored so that totals are plain sums.</summary>
    public long LineTotalMinor { get; set; }
}
