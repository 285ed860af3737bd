namespace GraphApi.Features.Orders;

/// <summary>One step of an order's status history. Append-only.</summary>
public sealed class OrderStatusChange
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    /// <summary>The status the order entered.</summary>
    public OrderStatus Status { get; set; }

    /// <summary>UTC time the order entered <see cref="Status"/>.</summary>
    public DateTime ChangedAt { get; set; }
}
