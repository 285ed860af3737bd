using GraphApi.Data;
using GraphApi.Features.Users;

namespace GraphApi.Features.Orders;

/// <summary>A customer's purchase: its lines, its total and the history of its status.</summary>
public sealed class Order : IVersioned
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public User Customer { get; set; } = null!;

    /// <summary>The current status, always the last entry of <see cref="StatusHistory"/>.</summary>
    public OrderStatus Status { get; set; }

    /// <summary>ISO 4217 code of every amount of the order and its lines.</summary>
    public required string Currency { get; set; }

    /// <summary>The sum of the lines' <see cref="OrderLine.LineTotalMinor"/>, in minor units.</summary>
    public long TotalMinor { get; set; }

    /// <summary>
    /// The key the client sent when placing the order, unique per customer, so that a retried request finds the
    /// order it already placed instead of placing a second one. Null for orders placed without one.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>UTC time the order was placed.</summary>
    public DateTime PlacedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    public List<OrderLine> Lines { get; } = [];

    public List<OrderStatusChange> StatusHistory { get; } = [];
}
