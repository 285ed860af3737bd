using GraphApi.Features.Events.Bus;

namespace GraphApi.Features.Events.Subscriptions;

/// <summary>
/// The value of an event type of the schema (<c>OrderPlacedEvent</c>, ...): the event and its place in the
/// outbox, whose id is the cursor.
/// </summary>
public sealed record EventNotification<TEvent>(long Id, DateTime OccurredAt, TEvent Event)
    where TEvent : ShopEvent
{
    public string Cursor => EventCursor.Encode(Id);

    public static EventNotification<TEvent> Of(StoredEvent stored) => new(stored.Id, stored.OccurredAt, (TEvent)stored.Event);
}
