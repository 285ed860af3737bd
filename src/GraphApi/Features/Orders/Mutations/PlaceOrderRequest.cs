namespace GraphApi.Features.Orders.Mutations;

/// <summary>An order to place: its lines and the key that makes retrying the request safe.</summary>
public sealed record PlaceOrderRequest(IReadOnlyList<PlaceOrderLine> Lines, string IdempotencyKey);

/// <summary>A product and how many units of it to order.</summary>
public sealed record PlaceOrderLine(int ProductId, int Quantity);
