using GraphApi.Features.Mutations;
using GraphApi.Features.Nodes;

namespace GraphApi.Features.Orders.Mutations;

/// <summary>No order with the id the input names is visible to the viewer (it does not exist, or is someone else's).</summary>
public sealed record OrderNotFoundError(string Message, int OrderId) : MutationError(Message)
{
    public static OrderNotFoundError For(int orderId) => new($"There is no order \"{GlobalId.Encode("Order", orderId)}\".", orderId);
}

/// <summary>The order's current status cannot move to the requested one (see <see cref="OrderStatusTransitions"/>).</summary>
public sealed record InvalidOrderStatusTransitionError(string Message, int OrderId, OrderStatus From, OrderStatus To)
    : MutationError(Message)
{
    public static InvalidOrderStatusTransitionError For(int orderId, OrderStatus from, OrderStatus to) =>
        new($"Order \"{GlobalId.Encode("Order", orderId)}\" cannot go from {Name(from)} to {Name(to)}.", orderId, from, to);

    /// <summary>The status as the GraphQL enum OrderStatus names it.</summary>
    private static string Name(OrderStatus status) => status.ToString().ToUpperInvariant();
}

/// <summary>
/// The idempotency key was already used for an order with other lines: a retry must repeat the request it retries,
/// and a new order needs a new key.
/// </summary>
public sealed record IdempotencyKeyReusedError(string Message, string IdempotencyKey, int OrderId) : MutationError(Message)
{
    public static IdempotencyKeyReusedError For(string key, int orderId) =>
        new(
            $"The idempotency key \"{key}\" was already used for order \"{GlobalId.Encode("Order", orderId)}\", which has other "
            + "lines; use a new key for a new order.",
            key,
            orderId);
}
