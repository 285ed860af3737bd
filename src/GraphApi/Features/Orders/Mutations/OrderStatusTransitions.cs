namespace GraphApi.Features.Orders.Mutations;

/// <summary>
/// The moves an order's status may make. Orders only move forward, and Cancelled and Delivered are final:
/// <code>
/// Pending ──► Paid ──► Shipped ──► Delivered
///    │          │
///    └──────────┴──► Cancelled   (returns the units to stock)
/// </code>
/// Staying in the same status is not a transition. Because the graph has no cycle, an order changes status at most
/// four times, which bounds the retries of a status change that lost a race (see OrderMutations.ChangeStatusAsync).
/// </summary>
public static class OrderStatusTransitions
{
    public static bool IsAllowed(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (OrderStatus.Pending, OrderStatus.Paid or OrderStatus.Cancelled) => true,
        (OrderStatus.Paid, OrderStatus.Shipped or OrderStatus.Cancelled) => true,
        (OrderStatus.Shipped, OrderStatus.Delivered) => true,
        _ => false,
    };
}
