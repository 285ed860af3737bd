using System.Text.Json;
using GraphApi.Data;
using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Orders;
using GraphApi.Tests.Events.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Tests.Events.Infrastructure.EventsHostFixture;

namespace GraphApi.Tests.Events;

/// <summary>
/// Events come only from committed changes: the outbox row is written in the mutation's transaction, and the
/// publisher delivers what was committed, in order — woken by the commit, not by its poll.
/// </summary>
public sealed class OutboxTests(OutboxTests.Fixture fixture) : IClassFixture<OutboxTests.Fixture>
{
    private EventsHost Host => fixture.Host;

    [Fact]
    public async Task A_committed_event_is_stored_with_its_kind_subject_payload_and_time()
    {
        int order = NewSubjectId();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var ids = await Host.CommitAsync(new OrderStatusChanged(order, 42, OrderStatus.Pending, OrderStatus.Paid));

        await using var db = Host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var row = await db.OutboxEvents.SingleAsync(e => e.Id == ids[0]);
        Assert.Equal(ShopEventType.OrderStatusChanged, row.Type);
        Assert.Equal((order, (int?)null, 42), (row.OrderId!.Value, row.ProductId, row.CustomerId!.Value));
        Assert.InRange(row.OccurredAt, before, DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, row.OccurredAt.Kind);
        var payload = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal("Pending", payload.GetProperty("previousStatus").GetString());
        Assert.Equal("Paid", payload.GetProperty("status").GetString());
        Assert.Equal(new OrderStatusChanged(order, 42, OrderStatus.Pending, OrderStatus.Paid), ShopEventType.Deserialize(row.Type, row.Payload));
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_event_and_delivers_nothing()
    {
        int order = NewSubjectId();
        await using var reader = new EventStreamReader(ct => Host.Streams.ReadAsync(new EventFilter(ShopEventType.OrderPlaced, OrderId: order), null, new(), ct));
        await Host.WaitForHubSubscriptionsAsync(1);

        await Host.RollBackAsync(new OrderPlaced(order, 7, 1999, "EUR"));
        var marker = await Host.CommitAsync(new OrderPlaced(order, 7, 2999, "EUR"));

        var received = Assert.Single(await reader.TakeAsync(1));
        Assert.Equal(marker[0], received.Id);
        Assert.Equal(2999, ((OrderPlaced)received.Event).TotalMinor);
        await using var db = Host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        Assert.Equal(1, await db.OutboxEvents.CountAsync(e => e.OrderId == order));
    }

    [Fact]
    public async Task Committing_an_event_that_was_added_but_not_saved_throws_and_writes_nothing()
    {
        int order = NewSubjectId();
        await using var db = Host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        Host.Services.GetRequiredService<IEventOutbox>().Add(db, new OrderPlaced(order, 7, 100, "EUR"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());

        Assert.Contains("IEventOutbox.Add", error.Message);
        await using var check = Host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        Assert.False(await check.OutboxEvents.AnyAsync(e => e.OrderId == order));
    }

    [Fact]
    public async Task The_publisher_delivers_events_of_concurrent_transactions_once_each_in_id_order()
    {
        int product = NewSubjectId();
        await using var reader = new EventStreamReader(ct => Host.Streams.ReadAsync(new EventFilter(ShopEventType.ProductChanged, ProductId: product), null, new(), ct));
        await Host.WaitForHubSubscriptionsAsync(1);

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var ids = new List<long>();
            for (int i = 0; i < 10; i++)
            {
                ids.AddRange(await Host.CommitAsync(new ProductChanged(product, ["name"]), new ProductChanged(product, ["stockQuantity"])));
            }

            return ids;
        }));
        var committed = (await Task.WhenAll(writers)).SelectMany(ids => ids).Order().ToList();

        var received = await reader.TakeAsync(committed.Count);
        Assert.Equal(committed, received.Select(e => e.Id));
        Assert.False(await reader.HasMoreAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task An_event_saved_outside_an_explicit_transaction_is_delivered_too()
    {
        int product = NewSubjectId();
        await using var reader = new EventStreamReader(ct => Host.Streams.ReadAsync(new EventFilter(ShopEventType.ProductPriceChanged, ProductId: product), null, new(), ct));
        await Host.WaitForHubSubscriptionsAsync(1);

        await using (var db = Host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
        {
            Host.Services.GetRequiredService<IEventOutbox>().Add(db, new ProductPriceChanged(product, 100, "EUR", 90, "EUR"));
            await db.SaveChangesAsync();
        }

        var received = Assert.Single(await reader.TakeAsync(1));
        Assert.Equal(new ProductPriceChanged(product, 100, "EUR", 90, "EUR"), received.Event);
    }

    /// <summary>A poll interval far beyond the test's patience: events arrive only because the commit wakes the publisher.</summary>
    public sealed class Fixture : EventsHostFixture
    {
        protected override (string Key, string Value)[] Settings => [("Events:PollInterval", "00:10:00")];
    }
}
