namespace GraphApi.Features.Events.Bus;

/// <summary>
/// What the publisher sends over the bus: the committed events with ids in (<see cref="From"/>,
/// <see cref="Through"/>], in id order. Ids in that range without an event were rolled back (or have been
/// deleted). A batch without events is a heartbeat: the publisher is at <see cref="Through"/>.
/// </summary>
/// <remarks>
/// A receiver that has seen everything up to some id L knows from <see cref="From"/> whether it missed
/// something (From &gt; L: the events in (L, From] are in the outbox) and skips what it has seen (ids up to L,
/// sent again after a change of publisher).
/// </remarks>
public sealed record EventBatch(long From, long Through, IReadOnlyList<StoredEvent> Events)
{
    public static EventBatch Heartbeat(long position) => new(position, position, []);
}
