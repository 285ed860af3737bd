namespace GraphApi.Features.Events.Bus;

/// <summary>Carries the publisher's batches to the <see cref="EventHub"/> of every server instance.</summary>
public interface IEventBus
{
    /// <summary>
    /// Whether other instances receive what this one publishes. Then only one instance publishes (it holds the
    /// lease in <see cref="Outbox.OutboxState"/>); otherwise each instance publishes to itself.
    /// </summary>
    bool IsShared { get; }

    /// <summary>Sends <paramref name="batch"/>; returns once the bus has taken it (for a broker: confirmed it).</summary>
    Task PublishAsync(EventBatch batch, CancellationToken cancellationToken);
}
