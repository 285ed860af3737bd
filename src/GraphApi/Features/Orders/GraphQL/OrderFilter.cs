namespace GraphApi.Features.Orders.GraphQL;

/// <summary>The GraphQL input <c>OrderFilter</c>; every condition given must hold.</summary>
public sealed record OrderFilter(OrderStatus? Status);
