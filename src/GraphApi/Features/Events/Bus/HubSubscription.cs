using System.Threading.Channels;

namespace GraphApi.Features.Events.Bus;

/// <summary>
/// One subscription's place in the <see cref="EventHub"/>: the live events its filter matches, buffered until
/// read. A reader that falls <see cref="EventsOptions.SubscriberBufferSize"/> events behind is dropped: reading
/// then fails with <see cref="SubscriberOverflowException"/>.
/// </summary>
public sealed class HubSubscription : IDisposable
{
    private readonly EventHub _hub;
    private readonly Channel<StoredEvent> _events;
    private readonly TaskCompletionSource<long> _start = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal HubSubscription(EventHub hub, EventFilter filter, int bufferSize)
    {
        _hub = hub;
        Filter = filter;
        _events = Channel.CreateBounded<StoredEvent>(new BoundedChannelOptions(bufferSize)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public EventFilter Filter { get; }

    /// <summary>The live events, each with an id above <see cref="WaitForStartAsync"/>'s.</summary>
    public ChannelReader<StoredEvent> Events => _events.Reader;

    /// <summary>
    /// The hub's position when this subscription joined it (waiting for the hub's first batch if need be): the
    /// subscription receives every event after it, and finds those up to it in the outbox.
    /// </summary>
    public Task<long> WaitForStartAsync(CancellationToken cancellationToken) => _start.Task.WaitAsync(cancellationToken);

    public void Dispose()
    {
        _hub.Remove(this);
        _events.Writer.TryComplete();
    }

    internal void Start(long position) => _start.TrySetResult(position);

    internal bool TryOffer(StoredEvent stored) => _events.Writer.TryWrite(stored);

    internal void Overflow() => _events.Writer.TryComplete(new SubscriberOverflowException());
}
