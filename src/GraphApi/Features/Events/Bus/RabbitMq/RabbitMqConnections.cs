using RabbitMQ.Client;

namespace GraphApi.Features.Events.Bus.RabbitMq;

/// <summary>The broker settings both ends share.</summary>
internal static class RabbitMqConnections
{
    /// <summary>
    /// A connection without the client's automatic recovery: the publisher and the receiver reconnect
    /// themselves, and the hub reads from the outbox whatever passed meanwhile.
    /// </summary>
    public static Task<IConnection> ConnectAsync(RabbitMqEventBusOptions options, string name, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = options.Uri ?? throw new InvalidOperationException("Events:RabbitMQ:Uri is not set."),
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = false,
        };
        return factory.CreateConnectionAsync(cancellationToken);
    }

    /// <summary>The durable fan-out exchange: every bound queue gets every batch.</summary>
    public static Task DeclareExchangeAsync(IChannel channel, RabbitMqEventBusOptions options, CancellationToken cancellationToken) =>
        channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
}
