namespace GraphApi.Features.Orders.Mutations;

/// <summary>The GraphQL input <c>PlaceOrderInput</c>.</summary>
public sealed record PlaceOrderInput(IReadOnlyList<OrderLineInput> Lines, string IdempotencyKey);

/// <summary>The GraphQL input <c>OrderLineInput</c>.</summary>
public sealed record OrderLineInput(string ProductId, int Quantity);

/// <summary>The GraphQL input <c>CancelOrderInput</c>.</summary>
public sealed record CancelOrderInput(string OrderId);

/// <summary>The GraphQL input <c>UpdateOrderStatusInput</c>.</summary>
public sealed record UpdateOrderStatusInput(string OrderId, OrderStatus Status);
