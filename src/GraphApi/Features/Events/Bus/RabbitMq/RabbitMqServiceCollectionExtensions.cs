using GraphApi.Features.Events.Bus.RabbitMq;

namespace GraphApi.Features.Events.Bus;

internal static class RabbitMqServiceCollectionExtensions
{
    /// <summary>The shared bus: batches go through a RabbitMQ fan-out exchange to every instance.</summary>
    public static IServiceCollection AddRabbitMqEventBus(this IServiceCollection services)
    {
        services.AddSingleton<RabbitMqEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<RabbitMqEventBus>());
        services.AddHostedService<RabbitMqEventReceiver>();
        return services;
    }
}
