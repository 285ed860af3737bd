using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Events.Outbox;
using GraphApi.Tests.Events.Infrastructure;
using GraphApi.Tests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Events;

/// <summary>
/// Two instances on one database with <c>Events:Bus=RabbitMQ</c> (a real broker, installed and started by
/// <c>tests/js/install-rabbitmq.sh</c>): one publishes for both, events committed on either reach the
/// subscribers of both, and when the publisher stops the other takes over without losing an event.
/// </summary>
public sealed class RabbitMqBusTests : IAsyncLifetime
{
    private readonly string _database = EventsHost.NewDatabaseFile();
    private readonly string _exchange = $"graphapi.events.test-{Guid.NewGuid():N}";
    private EventsHost _a = null!;
    private EventsHost _b = null!;

    public async Task InitializeAsync()
    {
        await NodeRunner.EnsureRabbitMqRunningAsync();
        _a = await StartAsync();
        _b = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        EventsHost.DeleteDatabase(_database);
    }

    private Task<EventsHost> StartAsync() => EventsHost.StartAsync(
        _database,
        services: null,
        ("Events:Bus", "RabbitMQ"),
        ("Events:RabbitMQ:Uri", "amqp://guest:guest@127.0.0.1:5672/"),
        ("Events:RabbitMQ:Exchange", _exchange),
        ("Events:HeartbeatInterval", "00:00:00.200"),
        ("Events:PublisherLeaseDuration", "00:00:03"));

    private static OutboxPublisher Publisher(EventsHost host) => host.Services.GetRequiredService<OutboxPublisher>();

    private static EventStreamReader Read(EventsHost host, int product) =>
        new(ct => host.Streams.ReadAsync(new EventFilter(ShopEventType.ProductPriceChanged, ProductId: product), null, new(), ct));

    [Fact]
    public async Task One_instance_publishes_and_events_committed_on_either_reach_both()
    {
        int product = EventsHostFixture.NewSubjectId();
        await using var onA = Read(_a, product);
        await using var onB = Read(_b, product);
        await _a.WaitForHubSubscriptionsAsync(1);
        await _b.WaitForHubSubscriptionsAsync(1);

        var fromB = await _b.CommitAsync(new ProductPriceChanged(product, 100, "EUR", 90, "EUR"));
        var fromA = await _a.CommitAsync(new ProductPriceChanged(product, 90, "EUR", 80, "EUR"));

        long[] expected = [fromB[0], fromA[0]];
        Assert.Equal(expected, (await onA.TakeAsync(2)).Select(e => e.Id));
        Assert.Equal(expected, (await onB.TakeAsync(2)).Select(e => e.Id));
        Assert.Single(new[] { Publisher(_a).Position, Publisher(_b).Position }, p => p is not null);
        Assert.Contains((await _a.Store.ReadStateAsync(default)).PublisherId, new[] { Publisher(_a).InstanceId, Publisher(_b).InstanceId });
    }

    [Fact]
    public async Task When_the_publishing_instance_stops_the_other_takes_over_without_losing_events()
    {
        int product = EventsHostFixture.NewSubjectId();
        await Eventually.TrueAsync(() => Publisher(_a).Position is not null || Publisher(_b).Position is not null, "an instance to take the lease");
        var (leader, follower) = Publisher(_a).Position is not null ? (_a, _b) : (_b, _a);
        await using var reader = Read(follower, product);
        await follower.WaitForHubSubscriptionsAsync(1);
        var before = await follower.CommitAsync(new ProductPriceChanged(product, 100, "EUR", 90, "EUR"));
        Assert.Equal(before[0], (await reader.TakeAsync(1))[0].Id);

        await leader.DisposeAsync();
        var after = await follower.CommitAsync(new ProductPriceChanged(product, 90, "EUR", 80, "EUR"), new ProductPriceChanged(product, 80, "EUR", 70, "EUR"));

        Assert.Equal(after, (await reader.TakeAsync(2)).Select(e => e.Id));
        Assert.NotNull(Publisher(follower).Position);
        Assert.False(await reader.HasMoreAsync(TimeSpan.FromMilliseconds(300)));
    }
}
