using GraphApi.Features.Events.Outbox;

namespace GraphApi.Tests.Events;

/// <summary>The publisher never publishes past an id that may still commit, unless it waited long enough for it.</summary>
public sealed class PublishGapTrackerTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<OutboxEvent> Rows(params long[] ids) =>
        ids.Select(id => new OutboxEvent { Id = id, Type = "ProductChanged", Payload = "{}" }).ToList();

    [Fact]
    public void Consecutive_ids_are_all_taken()
    {
        var (rows, position) = new PublishGapTracker(TimeSpan.FromSeconds(5)).Take(10, Rows(11, 12, 13), Start);

        Assert.Equal([11L, 12, 13], rows.Select(r => r.Id));
        Assert.Equal(13, position);
    }

    [Fact]
    public void A_missing_id_stops_the_publisher_before_it_until_the_timeout_passes()
    {
        var tracker = new PublishGapTracker(TimeSpan.FromSeconds(5));

        var first = tracker.Take(10, Rows(11, 13, 14), Start);
        var meanwhile = tracker.Take(11, Rows(13, 14), Start.AddSeconds(4));
        var after = tracker.Take(11, Rows(13, 14), Start.AddSeconds(5));

        Assert.Equal([11L], first.Rows.Select(r => r.Id));
        Assert.Equal(11, first.Position);
        Assert.Empty(meanwhile.Rows);
        Assert.Equal(11, meanwhile.Position);
        Assert.Equal([13L, 14], after.Rows.Select(r => r.Id));
        Assert.Equal(14, after.Position);
    }

    [Fact]
    public void A_missing_id_that_commits_in_time_is_published_in_order()
    {
        var tracker = new PublishGapTracker(TimeSpan.FromSeconds(5));
        tracker.Take(10, Rows(12), Start);

        var (rows, position) = tracker.Take(10, Rows(11, 12), Start.AddSeconds(1));

        Assert.Equal([11L, 12], rows.Select(r => r.Id));
        Assert.Equal(12, position);
    }

    [Fact]
    public void Each_new_gap_gets_its_own_timeout()
    {
        var tracker = new PublishGapTracker(TimeSpan.FromSeconds(5));
        tracker.Take(10, Rows(12), Start);
        tracker.Take(10, Rows(12, 14), Start.AddSeconds(5));

        var (rows, position) = tracker.Take(12, Rows(14), Start.AddSeconds(6));

        Assert.Empty(rows);
        Assert.Equal(12, position);
    }
}
