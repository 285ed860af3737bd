using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace GraphApi.Features.Events.Bus.RabbitMq;

/// <summary>
/// Publishes batches to the fan-out exchange every instance's <see cref="RabbitMqEventReceiver"/> listens to,
/// waiting for the broker's confirmation of each, so that the publisher records as published only what the
/// broker took. A failure drops the connection; the next batch connects again.
/// </summary>
internal sealed class RabbitMqEventBus(IOptions<EventsOptions> options) : IEventBus, IAsyncDisposable
{
    private readonly RabbitMqEventBusOptions _options = options.Value.RabbitMQ;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    public bool IsShared => true;

    public async Task PublishAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        var body = EventBatchJson.Write(batch);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = _channel ??= await OpenAsync(cancellationToken);
            await channel.BasicPublishAsync(_options.Exchange, routingKey: "", mandatory: false, new BasicProperties { ContentType = "application/json" }, body, cancellationToken);
        }
        catch
        {
            await CloseAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _gate.Dispose();
    }

    private async Task<IChannel> OpenAsync(CancellationToken cancellationToken)
    {
        _connection = await RabbitMqConnections.ConnectAsync(_options, "GraphApi event publisher", cancellationToken);
        var channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        await RabbitMqConnections.DeclareExchangeAsync(channel, _options, cancellationToken);
        return channel;
    }

    private async Task CloseAsync()
    {
        var (channel, connection) = (_channel, _connection);
        (_channel, _connection) = (null, null);
        if (channel is not null)
        {
            await channel.DisposeAsync();
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
