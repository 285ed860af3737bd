using GraphApi.Features.Orders;

namespace GraphApi.Features.Events;

/// <summary>
/// Something that happened in the shop, as a mutation records it in the outbox with
/// <see cref="IEventOutbox.Add"/>. Each kind is a record whose properties are its JSON payload and whose
/// CLR name is its <see cref="ShopEventType"/>; <see cref="GetSubject"/> gives the ids that decide who
/// receives it, which the outbox row keeps in columns of their own.
/// </summary>
public abstract record ShopEvent
{
    public abstract EventSubject GetSubject();
}

/// <summary>What an event is about: the ids subscriptions are filtered by.</summary>
/// <param name="CustomerId">The customer whose order the event is about: customers receive only their own.</param>
public readonly record struct EventSubject(int? OrderId = null, int? ProductId = null, int? CustomerId = null);

/// <summary>A customer placed an order.</summary>
public sealed record OrderPlaced(int OrderId, int CustomerId, long TotalMinor, string Currency) : ShopEvent
{
    public override EventSubject GetSubject() => new(OrderId: OrderId, CustomerId: CustomerId);
}

/// <summary>An order moved from <paramref name="PreviousStatus"/> to <paramref name="Status"/> (cancelling is one such move).</summary>
public sealed record OrderStatusChanged(int OrderId, int CustomerId, OrderStatus PreviousStatus, OrderStatus Status) : ShopEvent
{
    public override EventSubject GetSubject() => new(OrderId: OrderId, CustomerId: CustomerId);
}

/// <summary>A product's price changed.</summary>
public sealed record ProductPriceChanged(
    int ProductId, long PreviousPriceMinor, string PreviousCurrency, long PriceMinor, string Currency) : ShopEvent
{
    public override EventSubject GetSubject() => new(ProductId: ProductId);
}

/// <summary>
/// A product changed through the catalogue's mutations (details, price or stock); <paramref name="Fields"/>
/// names the fields of the GraphQL type <c>Product</c> that changed. Stock taken or returned by orders is
/// not such a change: it would make every order an event for each of its products.
/// </summary>
public sealed record ProductChanged(int ProductId, IReadOnlyList<string> Fields) : ShopEvent
{
    public override EventSubject GetSubject() => new(ProductId: ProductId);
}
