using GraphApi.Data;
using GraphApi.Features.Events.Outbox;

namespace GraphApi.Features.Events;

/// <summary>Writes events as <see cref="OutboxEvent"/> rows, stamped with the time they are added.</summary>
internal sealed class EventOutbox(TimeProvider clock) : IEventOutbox
{
    public void Add(ShopDbContext db, ShopEvent e)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(e);
        var subject = e.GetSubject();
        db.OutboxEvents.Add(new OutboxEvent
        {
            Type = ShopEventType.NameOf(e),
            Payload = ShopEventType.Serialize(e),
            OrderId = subject.OrderId,
            ProductId = subject.ProductId,
            CustomerId = subject.CustomerId,
            OccurredAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}
