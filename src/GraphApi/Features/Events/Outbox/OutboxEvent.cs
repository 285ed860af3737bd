namespace GraphApi.Features.Events.Outbox;

/// <summary>
/// One event of the transactional outbox: written by a mutation in its own transaction, so that it exists
/// exactly when the change it describes was committed, then delivered to subscribers by the
/// <see cref="OutboxPublisher"/>. Its <see cref="Id"/> only grows and is the event's cursor.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>The position of the event: ids grow with every event, so "after cursor" is "Id greater than".</summary>
    public long Id { get; set; }

    /// <summary>What happened: a <see cref="ShopEventType"/> name.</summary>
    public required string Type { get; set; }

    /// <summary>The event's data, as JSON (see <see cref="ShopEvent"/>).</summary>
    public required string Payload { get; set; }

    /// <summary>The order the event is about, if any: subscribers to one order are served by an index on it.</summary>
    public int? OrderId { get; set; }

    /// <summary>The product the event is about, if any.</summary>
    public int? ProductId { get; set; }

    /// <summary>The customer whose order the event is about: a customer only ever receives events carrying their own id.</summary>
    public int? CustomerId { get; set; }

    /// <summary>UTC time of the change.</summary>
    public DateTime OccurredAt { get; set; }
}
