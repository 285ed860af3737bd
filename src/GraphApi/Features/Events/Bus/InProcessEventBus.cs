namespace GraphApi.Features.Events.Bus;

/// <summary>The default bus: hands each batch to this instance's hub. Enough for a single server instance.</summary>
internal sealed class InProcessEventBus(EventHub hub) : IEventBus
{
    public bool IsShared => false;

    public Task PublishAsync(EventBatch batch, CancellationToken cancellationToken) => hub.ReceiveAsync(batch, cancellationToken);
}
