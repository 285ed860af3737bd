using GraphApi.Features.Events.Bus;
using GraphApi.Features.Events.Outbox;
using GraphApi.Features.Events.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Events;

/// <summary>
/// The shop's events: mutations write them to the transactional outbox (<see cref="IEventOutbox"/>), the
/// <see cref="OutboxPublisher"/> delivers committed ones over the bus chosen by <c>Events:Bus</c> to every
/// instance's <see cref="EventHub"/>, and the subscriptions read them from there (<see cref="EventStreams"/>).
/// </summary>
public static class EventsFeature
{
    public static IServiceCollection AddEventsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EventsOptions.SectionName);
        services.AddOptions<EventsOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IEventOutbox, EventOutbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<EventHub>();
        services.AddSingleton<EventStreams>();
        services.TryAddSingleton<IEventAccessCheck, UserAccessCheck>();

        // Chosen once, at startup, like the database: the bus decides which services run.
        if (string.Equals(section[nameof(EventsOptions.Bus)], nameof(EventBusKind.RabbitMQ), StringComparison.OrdinalIgnoreCase))
        {
            services.AddRabbitMqEventBus();
        }
        else
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
        }

        services.AddSingleton<OutboxPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxPublisher>());
        return services;
    }
}
