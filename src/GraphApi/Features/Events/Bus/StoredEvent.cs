namespace GraphApi.Features.Events.Bus;

/// <summary>A committed event as subscribers receive it: its outbox id (the cursor), its time and its data.</summary>
public sealed record StoredEvent(long Id, DateTime OccurredAt, ShopEvent Event);
