using GraphApi.Features.Events.Bus;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Events.Outbox;

/// <summary>
/// Publishes committed outbox events to the bus, in id order, at least once. With the in-process bus every
/// instance publishes to itself, starting at the newest event when it starts (its subscribers replay older
/// ones). With a shared bus one instance publishes for all: the holder of the lease in
/// <see cref="OutboxState"/>, continuing from <see cref="OutboxState.PublishedThroughId"/>, so that a new
/// holder loses nothing (and may publish a few events twice, which receivers skip by id). It also applies
/// retention.
/// </summary>
public sealed partial class OutboxPublisher(
    OutboxStore store,
    IEventBus bus,
    OutboxSignal signal,
    IOptions<EventsOptions> options,
    TimeProvider clock,
    ILogger<OutboxPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan ErrorDelay = TimeSpan.FromSeconds(1);

    private readonly EventsOptions _options = options.Value;
    private readonly PublishGapTracker _gaps = new(options.Value.GapTimeout);

    /// <summary>This instance's name in the lease: unique per start, readable in the database (at most 64 characters).</summary>
    public string InstanceId { get; } = $"{Environment.MachineName[..Math.Min(20, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Everything up to here has been published by this instance; null until it publishes.</summary>
    public long? Position { get; private set; }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastSent = DateTime.MinValue;
        var lastRetention = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (Position is null && !await TryBeginAsync(stoppingToken))
                {
                    // Another instance publishes; try for the lease again when it could have run out.
                    await Task.Delay(_options.PublisherLeaseDuration / 3, clock, stoppingToken);
                    continue;
                }

                bool full = await PublishNextAsync(stoppingToken);
                if (full)
                {
                    lastSent = Now;
                    continue;
                }

                if (bus.IsShared && Now - lastSent >= _options.HeartbeatInterval)
                {
                    await SendAsync(EventBatch.Heartbeat(Position!.Value), stoppingToken);
                    lastSent = Now;
                }

                if (Now - lastRetention >= _options.RetentionInterval && Position is { } published)
                {
                    lastRetention = Now;
                    await store.PruneAsync(Now - _options.RetentionPeriod, _options.RetentionMaxEvents, published, stoppingToken);
                }

                // On a shared bus the heartbeat also renews the lease, so it must not wait for a long poll.
                var untilHeartbeat = _options.HeartbeatInterval - (Now - lastSent);
                await signal.WaitAsync(bus.IsShared && untilHeartbeat < _options.PollInterval ? untilHeartbeat : _options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (LeaseLostException)
            {
                LogLeaseLost(InstanceId);
                Position = null;
            }
            catch (Exception e)
            {
                // The database or the broker is unreachable: try again, from the same position (at least once).
                LogPublishFailed(e);
                try
                {
                    await Task.Delay(ErrorDelay, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (bus.IsShared && Position is not null)
        {
            try
            {
                await store.ReleaseLeaseAsync(InstanceId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The lease runs out by itself.
                LogPublishFailed(e);
            }
        }
    }

    /// <summary>Finds where to publish from (taking the lease first on a shared bus) and tells the receivers; false when another instance holds the lease.</summary>
    private async Task<bool> TryBeginAsync(CancellationToken cancellationToken)
    {
        long position;
        if (bus.IsShared)
        {
            if (!await store.TryAcquireLeaseAsync(InstanceId, Now, Now + _options.PublisherLeaseDuration, cancellationToken))
            {
                return false;
            }

            // A database that never had a shared publisher starts at its newest event, not at the beginning of time.
            var state = await store.ReadStateAsync(cancellationToken);
            position = state.PublishedThroughId > 0 ? state.PublishedThroughId : await store.MaxIdAsync(cancellationToken);
            LogLeaseTaken(InstanceId, position);
        }
        else
        {
            position = await store.MaxIdAsync(cancellationToken);
        }

        Position = position;
        await SendAsync(EventBatch.Heartbeat(position), cancellationToken);
        return true;
    }

    /// <summary>Publishes the next committed events, if any; true when the read was full and more may be waiting.</summary>
    private async Task<bool> PublishNextAsync(CancellationToken cancellationToken)
    {
        var from = Position!.Value;
        var rows = await store.ReadAfterAsync(from, _options.PublishBatchSize, cancellationToken);
        var (taken, through) = _gaps.Take(from, rows, Now);
        if (through == from)
        {
            return false;
        }

        await SendAsync(new EventBatch(from, through, store.ToStored(taken)), cancellationToken);
        return rows.Count == _options.PublishBatchSize && taken.Count == rows.Count;
    }

    private async Task SendAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        await bus.PublishAsync(batch, cancellationToken);
        if (bus.IsShared && !await store.RecordPublishedAsync(InstanceId, batch.Through, Now + _options.PublisherLeaseDuration, cancellationToken))
        {
            throw new LeaseLostException();
        }

        Position = batch.Through;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance {Instance} publishes the outbox's events to the shared bus, from id {Position}.")]
    private partial void LogLeaseTaken(string instance, long position);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance {Instance} lost the publisher lease; another instance publishes now.")]
    private partial void LogLeaseLost(string instance);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing the outbox failed; retrying.")]
    private partial void LogPublishFailed(Exception exception);

    private sealed class LeaseLostException : Exception;
}
