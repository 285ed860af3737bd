using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.GraphQL.Execution;
using GraphApi.Tests.Events.Infrastructure;

namespace GraphApi.Tests.Events;

/// <summary>
/// The outbox's bookkeeping on a database of each test's own: one publisher lease among instances, and
/// retention, bounded by age and count, never past what was published, after which old cursors expire.
/// </summary>
public sealed class OutboxStoreTests : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async Task InitializeAsync() => _host = await EventsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task One_instance_holds_the_lease_until_it_releases_it_or_it_runs_out()
    {
        var store = _host.Store;
        var now = DateTime.UtcNow;

        Assert.True(await store.TryAcquireLeaseAsync("a", now, now.AddSeconds(15), default));
        Assert.False(await store.TryAcquireLeaseAsync("b", now, now.AddSeconds(15), default));
        Assert.True(await store.TryAcquireLeaseAsync("a", now.AddSeconds(5), now.AddSeconds(20), default));
        Assert.False(await store.RecordPublishedAsync("b", 99, now.AddSeconds(20), default));
        Assert.True(await store.RecordPublishedAsync("a", 5, now.AddSeconds(20), default));
        Assert.True(await store.TryAcquireLeaseAsync("b", now.AddSeconds(21), now.AddSeconds(36), default));
        Assert.False(await store.RecordPublishedAsync("a", 6, now.AddSeconds(36), default));
        await store.ReleaseLeaseAsync("b", default);
        Assert.True(await store.TryAcquireLeaseAsync("a", now.AddSeconds(22), now.AddSeconds(37), default));

        var state = await store.ReadStateAsync(default);
        Assert.Equal((5L, "a"), (state.PublishedThroughId, state.PublisherId));
    }

    [Fact]
    public async Task Retention_deletes_old_events_and_those_beyond_the_count_but_never_unpublished_ones()
    {
        var ids = new List<long>();
        for (int i = 0; i < 10; i++)
        {
            ids.AddRange(await _host.CommitAsync(new ProductChanged(1, ["name"])));
        }

        var store = _host.Store;
        // By count: keep the newest 6 of 10, but nothing after ids[2] has been published.
        Assert.Equal(ids[2], await store.PruneAsync(DateTime.UtcNow.AddDays(-1), maxEvents: 6, publishedThrough: ids[2], default));
        // By count again, now that all is published.
        Assert.Equal(ids[3], await store.PruneAsync(DateTime.UtcNow.AddDays(-1), maxEvents: 6, publishedThrough: ids[9], default));
        // By age: everything is older than a cutoff in the future.
        Assert.Equal(ids[9], await store.PruneAsync(DateTime.UtcNow.AddMinutes(1), maxEvents: 1000, publishedThrough: ids[9], default));

        Assert.Empty((await store.ReadRangeAsync(0, long.MaxValue, 100, null, default)).Events);
        Assert.Equal(ids[9], (await store.ReadStateAsync(default)).PrunedThroughId);
    }

    [Fact]
    public async Task A_cursor_older_than_retention_keeps_events_has_expired()
    {
        var ids = new List<long>();
        for (int i = 0; i < 4; i++)
        {
            ids.AddRange(await _host.CommitAsync(new ProductChanged(1, ["name"])));
        }

        await _host.Store.PruneAsync(DateTime.UtcNow.AddDays(-1), maxEvents: 2, publishedThrough: ids[^1], default);

        var error = await Assert.ThrowsAsync<FieldErrorException>(() => _host.Streams.ReadCursorAsync(EventCursor.Encode(ids[0]), default));
        Assert.Equal(EventErrorCodes.CursorExpired, error.Code);
        // The newest deleted event's cursor is fine: everything after it is kept.
        Assert.Equal(ids[1], await _host.Streams.ReadCursorAsync(EventCursor.Encode(ids[1]), default));
    }

    [Fact]
    public async Task A_replay_that_retention_overtakes_ends_with_the_expired_error()
    {
        var ids = new List<long>();
        for (int i = 0; i < 4; i++)
        {
            ids.AddRange(await _host.CommitAsync(new ProductChanged(2, ["name"])));
        }

        await _host.WaitForHubAsync(ids[^1]);
        var streams = _host.Streams;
        // Checked when the subscription opened; deleted before its replay read them.
        await _host.Store.PruneAsync(DateTime.UtcNow.AddDays(-1), maxEvents: 1, publishedThrough: ids[^1], default);
        await using var reader = new EventStreamReader(ct => streams.ReadAsync(new EventFilter(ShopEventType.ProductChanged, ProductId: 2), ids[0], new(), ct));

        var error = Assert.IsType<FieldErrorException>(await reader.FailureAsync());
        Assert.Equal(EventErrorCodes.CursorExpired, error.Code);
    }

    [Fact]
    public async Task The_publisher_prunes_by_the_configured_retention()
    {
        await using var host = await EventsHost.StartAsync(
            services: null,
            ("Events:RetentionMaxEvents", "3"),
            ("Events:RetentionInterval", "00:00:00.200"));
        var ids = new List<long>();
        for (int i = 0; i < 6; i++)
        {
            ids.AddRange(await host.CommitAsync(new ProductChanged(3, ["name"])));
        }

        await Subscriptions.Eventually.TrueAsync(
            () => host.Store.ReadStateAsync(default).GetAwaiter().GetResult().PrunedThroughId == ids[2],
            "retention to keep the newest 3 events");
        Assert.Equal(ids[3..], (await host.Store.ReadRangeAsync(0, long.MaxValue, 100, null, default)).Events.Select(e => e.Id));
    }
}
