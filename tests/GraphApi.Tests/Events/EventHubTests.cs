using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Events.Subscriptions;
using GraphApi.Tests.Events.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using GraphApi.Tests.Subscriptions;
using static GraphApi.Tests.Events.Infrastructure.EventsHostFixture;

namespace GraphApi.Tests.Events;

/// <summary>
/// The hub of one instance, fed batches by hand as a bus would: it catches up from the outbox on what the bus
/// lost, skips what it delivered already, and drops subscribers that fall too far behind.
/// </summary>
public sealed class EventHubTests(EventsHostFixture fixture) : IClassFixture<EventsHostFixture>
{
    private EventsHost Host => fixture.Host;

    private EventHub NewHub(int bufferSize = 100) =>
        new(Host.Store, Options.Create(new EventsOptions { SubscriberBufferSize = bufferSize }));

    private static ProductChanged Change(int product) => new(product, ["name"]);

    private async Task<List<StoredEvent>> CommittedAsync(int product, int count)
    {
        var ids = new List<long>();
        for (int i = 0; i < count; i++)
        {
            ids.AddRange(await Host.CommitAsync(Change(product)));
        }

        return (await Host.Store.ReadRangeAsync(ids[0] - 1, ids[^1], 1000, new EventFilter(ShopEventType.ProductChanged, ProductId: product), default)).Events;
    }

    private static List<StoredEvent> Drain(HubSubscription subscription)
    {
        var events = new List<StoredEvent>();
        while (subscription.Events.TryRead(out var stored))
        {
            events.Add(stored);
        }

        return events;
    }

    [Fact]
    public async Task A_subscription_made_before_the_first_batch_starts_where_that_batch_starts()
    {
        var hub = NewHub();
        using var subscription = hub.Subscribe(new EventFilter(ShopEventType.ProductChanged));
        var start = subscription.WaitForStartAsync(default);
        Assert.False(start.IsCompleted);

        await hub.ReceiveAsync(EventBatch.Heartbeat(41), default);

        Assert.Equal(41, await start);
        Assert.Equal(41, hub.Position);
    }

    [Fact]
    public async Task A_batch_that_starts_past_the_hub_is_preceded_by_the_missed_events_from_the_outbox()
    {
        int product = NewSubjectId();
        var events = await CommittedAsync(product, 5);
        var hub = NewHub();
        using var subscription = hub.Subscribe(new EventFilter(ShopEventType.ProductChanged, ProductId: product));
        await hub.ReceiveAsync(EventBatch.Heartbeat(events[0].Id - 1), default);

        // The bus lost the batches of the first three events.
        await hub.ReceiveAsync(new EventBatch(events[2].Id, events[4].Id, events[3..]), default);

        Assert.Equal(events.Select(e => e.Id), Drain(subscription).Select(e => e.Id));
        Assert.Equal(events[4].Id, hub.Position);
    }

    [Fact]
    public async Task Events_delivered_already_are_skipped_when_published_again()
    {
        int product = NewSubjectId();
        var events = await CommittedAsync(product, 3);
        var hub = NewHub();
        using var subscription = hub.Subscribe(new EventFilter(ShopEventType.ProductChanged, ProductId: product));
        await hub.ReceiveAsync(EventBatch.Heartbeat(events[0].Id - 1), default);

        await hub.ReceiveAsync(new EventBatch(events[0].Id - 1, events[1].Id, events[..2]), default);
        // A new publisher starts from an older recorded position.
        await hub.ReceiveAsync(new EventBatch(events[0].Id - 1, events[2].Id, events), default);

        Assert.Equal(events.Select(e => e.Id), Drain(subscription).Select(e => e.Id));
    }

    [Fact]
    public async Task A_subscriber_that_falls_too_far_behind_is_dropped_with_an_error_telling_it_to_resume()
    {
        int product = NewSubjectId();
        var events = await CommittedAsync(product, 4);
        var hub = NewHub(bufferSize: 3);
        var subscription = hub.Subscribe(new EventFilter(ShopEventType.ProductChanged, ProductId: product));
        using var other = hub.Subscribe(new EventFilter(ShopEventType.ProductChanged, ProductId: product));
        await hub.ReceiveAsync(EventBatch.Heartbeat(events[0].Id - 1), default);
        await hub.ReceiveAsync(new EventBatch(events[0].Id - 1, events[1].Id, events[..2]), default);
        Drain(other);

        await hub.ReceiveAsync(new EventBatch(events[1].Id, events[3].Id, events[2..]), default);

        Assert.Equal(3, Drain(subscription).Count);
        var error = await Assert.ThrowsAsync<SubscriberOverflowException>(() => subscription.Events.WaitToReadAsync().AsTask());
        Assert.Equal(EventErrorCodes.SubscriberTooSlow, error.Code);
        Assert.Equal(2, Drain(other).Count);
        Assert.Equal(1, hub.SubscriptionCount);
    }

    [Fact]
    public async Task A_cursor_ahead_of_this_instances_hub_skips_the_live_events_up_to_it()
    {
        int product = NewSubjectId();
        var events = await CommittedAsync(product, 4);
        var hub = NewHub();
        var streams = new EventStreams(hub, Host.Store, Host.Services.GetRequiredService<IEventAccessCheck>(), Options.Create(new EventsOptions()));
        await hub.ReceiveAsync(EventBatch.Heartbeat(events[0].Id - 1), default);

        // The client received the first two events from an instance that was further along.
        await using var reader = new EventStreamReader(ct => streams.ReadAsync(new EventFilter(ShopEventType.ProductChanged, ProductId: product), events[1].Id, new(), ct));
        await Eventually.TrueAsync(() => hub.SubscriptionCount == 1, "the stream to join the hub");
        await hub.ReceiveAsync(new EventBatch(events[0].Id - 1, events[3].Id, events), default);

        Assert.Equal(events[2..].Select(e => e.Id), (await reader.TakeAsync(2)).Select(e => e.Id));
        Assert.False(await reader.HasMoreAsync(TimeSpan.FromMilliseconds(100)));
    }
}
