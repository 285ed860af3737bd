using GraphApi.Data;
using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Events.Bus.RabbitMq;
using GraphApi.Features.Events.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Events;

/// <summary>Events:Bus chooses the bus; settings that make no sense stop the server at startup, naming the setting.</summary>
public sealed class EventsOptionsTests
{
    private static WebApplication Build(params string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // Registered, never connected to: these tests stop before the services run.
        builder.Services.AddShopData(new ShopDatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:"), builder.Configuration.GetSection("Seed"));
        builder.Services.AddEventsFeature(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task Settings_that_make_no_sense_stop_the_server_naming_each()
    {
        await using var app = Build(
            "--Events:Bus=RabbitMQ",
            "--Events:PollInterval=00:00:00",
            "--Events:HeartbeatInterval=00:00:10",
            "--Events:PublisherLeaseDuration=00:00:15",
            "--Events:SubscriberBufferSize=0");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Equal(
            new[]
            {
                "Events:PollInterval must be positive, not 00:00:00.",
                "Events:PublisherLeaseDuration must be at least three heartbeats (00:00:30), which renew it.",
                "Events:SubscriberBufferSize must be positive, not 0.",
                "Events:RabbitMQ:Uri must be an amqp:// or amqps:// address when Events:Bus is RabbitMQ.",
            },
            error.Failures);
    }

    [Fact]
    public async Task The_in_process_bus_is_the_default()
    {
        await using var app = Build();

        Assert.IsType<InProcessEventBus>(app.Services.GetRequiredService<IEventBus>());
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is RabbitMqEventReceiver);
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is OutboxPublisher);
    }

    [Fact]
    public async Task Events_Bus_RabbitMQ_publishes_to_and_receives_from_the_broker()
    {
        await using var app = Build("--Events:Bus=rabbitmq", "--Events:RabbitMQ:Uri=amqp://127.0.0.1/");

        Assert.IsType<RabbitMqEventBus>(app.Services.GetRequiredService<IEventBus>());
        Assert.Contains(app.Services.GetServices<IHostedService>(), s => s is RabbitMqEventReceiver);
    }
}
