using GraphApi.Features.Events.Outbox;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Events.Bus;

/// <summary>
/// This instance's fan-out: receives the publisher's batches from the bus, one at a time and in order, and
/// hands each event to the subscriptions whose filter it matches. It knows the id through which it has
/// delivered everything (<see cref="Position"/>); a subscription registered when it was at L receives every
/// later event, and finds the ones up to L in the outbox. A batch that starts past L (the bus lost messages,
/// e.g. while reconnecting to the broker) is preceded by the missing events, read from the outbox.
/// </summary>
public sealed class EventHub(OutboxStore store, IOptions<EventsOptions> options)
{
    private const int CatchUpPageSize = 1000;

    private readonly Lock _lock = new();
    private readonly List<HubSubscription> _subscriptions = [];
    private readonly int _bufferSize = options.Value.SubscriberBufferSize;

    /// <summary>Through which id events have been delivered; -1 before the first batch.</summary>
    private long _position = -1;

    public int SubscriptionCount
    {
        get
        {
            lock (_lock)
            {
                return _subscriptions.Count;
            }
        }
    }

    /// <summary>Through which id every event has been delivered; null until the first batch arrives.</summary>
    public long? Position
    {
        get
        {
            lock (_lock)
            {
                return _position < 0 ? null : _position;
            }
        }
    }

    /// <summary>Registers a subscription for the events <paramref name="filter"/> matches, from now on; dispose it to stop.</summary>
    public HubSubscription Subscribe(EventFilter filter)
    {
        var subscription = new HubSubscription(this, filter, _bufferSize);
        lock (_lock)
        {
            _subscriptions.Add(subscription);
            if (_position >= 0)
            {
                subscription.Start(_position);
            }
        }

        return subscription;
    }

    /// <summary>Delivers a batch. Called by one bus receiver at a time, in the order the publisher sent the batches.</summary>
    public async Task ReceiveAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        long position = Position ?? -1;
        if (position < 0)
        {
            // The first batch: everything up to its start was published before this instance listened, and is in the outbox.
            Deliver([], batch.From);
        }
        else if (batch.From > position)
        {
            while (position < batch.From)
            {
                var (missed, scanned) = await store.ReadRangeAsync(position, batch.From, CatchUpPageSize, null, cancellationToken);
                Deliver(missed, scanned);
                position = scanned;
            }
        }

        Deliver(batch.Events, batch.Through);
    }

    internal void Remove(HubSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    /// <summary>Hands out the events not delivered yet and moves the position to <paramref name="through"/>.</summary>
    private void Deliver(IReadOnlyList<StoredEvent> events, long through)
    {
        List<HubSubscription>? overflowed = null;
        lock (_lock)
        {
            bool starting = _position < 0;
            foreach (var stored in events)
            {
                if (stored.Id <= _position)
                {
                    // Published again by a new publisher, or both read from the outbox and received.
                    continue;
                }

                foreach (var subscription in _subscriptions)
                {
                    if (subscription.Filter.Matches(stored) && !subscription.TryOffer(stored))
                    {
                        (overflowed ??= []).Add(subscription);
                    }
                }
            }

            _position = Math.Max(_position, through);
            if (starting)
            {
                foreach (var subscription in _subscriptions)
                {
                    subscription.Start(_position);
                }
            }

            if (overflowed is not null)
            {
                foreach (var subscription in overflowed.Distinct())
                {
                    _subscriptions.Remove(subscription);
                    subscription.Overflow();
                }
            }
        }
    }
}
