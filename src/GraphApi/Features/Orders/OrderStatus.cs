namespace GraphApi.Features.Orders;

/// <summary>Where an order is in its life; stored by name.</summary>
public enum OrderStatus
{
    /// <summary>Placed, not paid yet.</summary>
    Pending,

    Paid,

    Shipped,

    Delivered,

    /// <summary>Stopped before shipping; final.</summary>
    Cancelled,
}
