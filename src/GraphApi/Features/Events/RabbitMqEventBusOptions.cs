namespace GraphApi.Features.Events;

/// <summary>The <c>Events:RabbitMQ</c> section.</summary>
public sealed class RabbitMqEventBusOptions
{
    /// <summary>The broker, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>. Required for <see cref="EventBusKind.RabbitMQ"/>.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The fan-out exchange the instances share. Default <c>graphapi.events</c>.</summary>
    public string Exchange { get; set; } = "graphapi.events";

    /// <summary>How long to wait before connecting again after the broker was lost. Default 2 seconds.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);
}
