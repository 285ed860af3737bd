namespace GraphApi.Features.Events;

/// <summary>The event buses <see cref="EventsOptions.Bus"/> can name.</summary>
public enum EventBusKind
{
    /// <summary>In memory: each instance publishes the outbox to its own subscribers. For one instance.</summary>
    InProcess,

    /// <summary>A RabbitMQ fan-out exchange: one instance publishes, every instance delivers. For several instances.</summary>
    RabbitMQ,
}
