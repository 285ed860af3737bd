using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Orders;
using GraphApi.GraphQL.Execution;
using GraphApi.Tests.Events.Infrastructure;
using static GraphApi.Tests.Events.Infrastructure.EventsHostFixture;

namespace GraphApi.Tests.Events;

/// <summary>
/// A subscriber that passes the cursor of the last event it saw first receives what it missed, from the outbox,
/// then live events: no gap and no duplicate, also while events keep coming.
/// </summary>
public sealed class ResumeTests(ResumeTests.Fixture fixture) : IClassFixture<ResumeTests.Fixture>
{
    private EventsHost Host => fixture.Host;

    private static OrderStatusChanged Change(int order, int customer = 7) => new(order, customer, OrderStatus.Pending, OrderStatus.Paid);

    private EventStreamReader Resume(EventFilter filter, long? after) => new(ct => Host.Streams.ReadAsync(filter, after, new(), ct));

    [Fact]
    public async Task Missed_events_come_first_then_live_ones_each_once()
    {
        int order = NewSubjectId();
        var missed = new List<long>();
        for (int i = 0; i < 8; i++)
        {
            missed.AddRange(await Host.CommitAsync(Change(order)));
        }

        await Host.WaitForHubAsync(missed[^1]);
        await using var reader = Resume(new EventFilter(ShopEventType.OrderStatusChanged, OrderId: order), after: missed[2]);
        var replayed = await reader.TakeAsync(5);
        var live = await Host.CommitAsync(Change(order), Change(order));

        Assert.Equal(missed[3..], replayed.Select(e => e.Id));
        Assert.Equal(live, (await reader.TakeAsync(2)).Select(e => e.Id));
        Assert.False(await reader.HasMoreAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Resuming_while_events_keep_coming_misses_none_and_repeats_none()
    {
        int order = NewSubjectId();
        var first = await Host.CommitAsync(Change(order));
        using var stop = new CancellationTokenSource();
        var writing = Task.Run(async () =>
        {
            var ids = new List<long>();
            while (!stop.IsCancellationRequested || ids.Count < 2 * 30)
            {
                // Each transaction also writes an event of another order, which the subscribers must not get.
                ids.AddRange(await Host.CommitAsync(Change(order), Change(NewSubjectId())));
            }

            return ids;
        });

        // Several subscribers resume at different moments of the stream of commits.
        var readers = new List<EventStreamReader>();
        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(15);
            readers.Add(Resume(new EventFilter(ShopEventType.OrderStatusChanged, OrderId: order), after: first[0]));
        }

        await Task.Delay(200);
        await stop.CancelAsync();
        var written = await writing;
        var expected = (await Host.Store.ReadRangeAsync(first[0], written.Max(), int.MaxValue, new EventFilter(ShopEventType.OrderStatusChanged, OrderId: order), default))
            .Events.Select(e => e.Id).ToList();
        Assert.True(expected.Count >= 30);
        foreach (var reader in readers)
        {
            Assert.Equal(expected, (await reader.TakeAsync(expected.Count)).Select(e => e.Id));
            Assert.False(await reader.HasMoreAsync(TimeSpan.FromMilliseconds(50)));
            await reader.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_replay_reads_only_the_subscribers_events()
    {
        int order = NewSubjectId();
        int other = NewSubjectId();
        var ids = new List<long>();
        for (int i = 0; i < 4; i++)
        {
            ids.AddRange(await Host.CommitAsync(Change(order, customer: 7), Change(other, customer: 8), Change(order, customer: 8)));
        }

        await Host.WaitForHubAsync(ids.Max());
        // A customer's filter: only events about orders of theirs, even of an order id they name.
        await using var reader = Resume(new EventFilter(ShopEventType.OrderStatusChanged, OrderId: order, CustomerId: 7), after: ids[0] - 1);
        var received = await reader.TakeAsync(4);
        var live = await Host.CommitAsync(Change(order, customer: 8), Change(order, customer: 7));

        Assert.All(received, e => Assert.Equal(new EventSubject(order, null, 7), e.Event.GetSubject()));
        Assert.Equal(live[1], (await reader.TakeAsync(1))[0].Id);
        Assert.False(await reader.HasMoreAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_cursor_ahead_of_the_hub_skips_the_live_events_up_to_it()
    {
        int order = NewSubjectId();
        var ids = await Host.CommitAsync(Change(order), Change(order), Change(order));
        await Host.WaitForHubAsync(ids[^1]);

        // As if the client had received the first two from an instance that was further along.
        await using var reader = Resume(new EventFilter(ShopEventType.OrderStatusChanged, OrderId: order), after: ids[1]);

        Assert.Equal(ids[2], (await reader.TakeAsync(1))[0].Id);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("ZXZlbnQ6MA")] // event:0
    [InlineData("b3JkZXI6MQ")] // order:1
    public async Task A_string_that_is_not_an_event_cursor_is_bad_input(string after)
    {
        var error = await Assert.ThrowsAsync<FieldErrorException>(() => Host.Streams.ReadCursorAsync(after, default));

        Assert.Equal(EventErrorCodes.BadUserInput, error.Code);
        Assert.Equal($"Argument \"after\" is not an event cursor of this API: \"{after}\".", error.Message);
    }

    [Fact]
    public async Task A_cursor_ahead_of_every_event_is_bad_input()
    {
        var newest = await Host.Store.MaxIdAsync(default);

        var error = await Assert.ThrowsAsync<FieldErrorException>(() => Host.Streams.ReadCursorAsync(EventCursor.Encode(newest + 1000), default));

        Assert.Equal(EventErrorCodes.BadUserInput, error.Code);
        Assert.Contains("ahead of them all", error.Message);
    }

    [Fact]
    public async Task A_cursor_reads_back_as_its_event_id()
    {
        var ids = await Host.CommitAsync(Change(NewSubjectId()));

        Assert.Equal(ids[0], await Host.Streams.ReadCursorAsync(EventCursor.Encode(ids[0]), default));
        Assert.Null(await Host.Streams.ReadCursorAsync(null, default));
    }

    /// <summary>Small replay pages, so that replays cross page boundaries.</summary>
    public sealed class Fixture : EventsHostFixture
    {
        protected override (string Key, string Value)[] Settings => [("Events:ReplayPageSize", "3")];
    }
}
