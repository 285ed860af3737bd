using GraphApi.Features.Events.Outbox;

namespace GraphApi.Features.Events.Bus;

/// <summary>
/// Which events one subscription receives: one kind, optionally about one order or one product, and for a
/// customer only events about their own orders. Applied to live events in memory and to replays in SQL.
/// </summary>
public sealed record EventFilter(string Type, int? OrderId = null, int? ProductId = null, int? CustomerId = null)
{
    public bool Matches(StoredEvent stored)
    {
        if (ShopEventType.NameOf(stored.Event) != Type)
        {
            return false;
        }

        var subject = stored.Event.GetSubject();
        return (OrderId is null || subject.OrderId == OrderId)
            && (ProductId is null || subject.ProductId == ProductId)
            && (CustomerId is null || subject.CustomerId == CustomerId);
    }

    public IQueryable<OutboxEvent> Apply(IQueryable<OutboxEvent> events)
    {
        // Each condition on a column of its own, so that the (OrderId, Id), (ProductId, Id) or (Type, Id) index serves it.
        events = events.Where(e => e.Type == Type);
        if (OrderId is { } orderId)
        {
            events = events.Where(e => e.OrderId == orderId);
        }

        if (ProductId is { } productId)
        {
            events = events.Where(e => e.ProductId == productId);
        }

        if (CustomerId is { } customerId)
        {
            events = events.Where(e => e.CustomerId == customerId);
        }

        return events;
    }
}
