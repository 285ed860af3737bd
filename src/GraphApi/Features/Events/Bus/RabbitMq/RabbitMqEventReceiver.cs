using System.Text.Json;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GraphApi.Features.Events.Bus.RabbitMq;

/// <summary>
/// This instance's end of the shared bus: a queue of its own (server-named, exclusive, deleted with the
/// connection) bound to the fan-out exchange, whose batches go to the <see cref="EventHub"/> one at a time, in
/// order. When the broker is lost it connects again after a delay; the first batch on the new queue tells the
/// hub what it missed.
/// </summary>
internal sealed partial class RabbitMqEventReceiver(EventHub hub, IOptions<EventsOptions> options, ILogger<RabbitMqEventReceiver> logger)
    : BackgroundService
{
    private readonly RabbitMqEventBusOptions _options = options.Value.RabbitMQ;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReceiveUntilDisconnectedAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogDisconnected(e, _options.Uri?.Host);
            }

            try
            {
                await Task.Delay(_options.ReconnectDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReceiveUntilDisconnectedAsync(CancellationToken stoppingToken)
    {
        await using var connection = await RabbitMqConnections.ConnectAsync(_options, "GraphApi event receiver", stoppingToken);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionShutdownAsync += (_, _) =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
        await RabbitMqConnections.DeclareExchangeAsync(channel, _options, stoppingToken);
        var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true, cancellationToken: stoppingToken);
        await channel.QueueBindAsync(queue.QueueName, _options.Exchange, routingKey: "", cancellationToken: stoppingToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            EventBatch batch;
            try
            {
                batch = EventBatchJson.Read(delivery.Body);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                LogUnreadable(e);
                return;
            }

            try
            {
                await hub.ReceiveAsync(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The outbox could not be read to catch up: drop the connection, so that the hub catches up later.
                LogDisconnected(e, _options.Uri?.Host);
                closed.TrySetResult();
            }
        };

        // Deliveries are acknowledged on receipt: a batch lost with the connection is read from the outbox instead.
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, stoppingToken);
        LogConnected(_options.Uri?.Host, queue.QueueName);
        await closed.Task.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Receiving events from RabbitMQ at {Host} on queue {Queue}.")]
    private partial void LogConnected(string? host, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The RabbitMQ event receiver lost the broker at {Host}; reconnecting.")]
    private partial void LogDisconnected(Exception exception, string? host);

    [LoggerMessage(Level = LogLevel.Error, Message = "A message on the events exchange is not a batch of events; it is skipped.")]
    private partial void LogUnreadable(Exception exception);
}
