using System.Text.Json;
using GraphApi.Data;
using GraphApi.Features.Events.Bus;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Events.Outbox;

/// <summary>
/// The outbox's reads and bookkeeping, each on a context of its own: the publisher, the hub and subscribers
/// use it concurrently. The lease and positions are single conditional UPDATEs on the one
/// <see cref="OutboxState"/> row, so that instances sharing the database never need a lock between them.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<ShopDbContext> contexts, ILogger<OutboxStore> logger)
{
    /// <summary>The newest event's id; 0 when there is none.</summary>
    public async Task<long> MaxIdAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    /// <summary>Up to <paramref name="limit"/> committed rows after <paramref name="position"/>, by id.</summary>
    public async Task<List<OutboxEvent>> ReadAfterAsync(long position, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Id > position)
            .OrderBy(e => e.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> events with ids in (<paramref name="after"/>, <paramref name="through"/>], by id,
    /// only those <paramref name="filter"/> matches when given; and how far the read got: <paramref name="through"/>
    /// unless the limit cut it short.
    /// </summary>
    public async Task<(List<StoredEvent> Events, long ScannedThrough)> ReadRangeAsync(
        long after, long through, int limit, EventFilter? filter, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = db.OutboxEvents.AsNoTracking().Where(e => e.Id > after && e.Id <= through);
        if (filter is not null)
        {
            rows = filter.Apply(rows);
        }

        var page = await rows.OrderBy(e => e.Id).Take(limit).ToListAsync(cancellationToken);
        var scanned = page.Count == limit ? page[^1].Id : through;
        return (ToStored(page), scanned);
    }

    public async Task<OutboxState> ReadStateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.OutboxState.AsNoTracking().SingleAsync(s => s.Id == OutboxState.SingletonId, cancellationToken);
    }

    /// <summary>Takes the publisher lease for <paramref name="instance"/> (or renews it), unless another instance holds it still.</summary>
    public async Task<bool> TryAcquireLeaseAsync(string instance, DateTime now, DateTime until, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE OutboxState SET PublisherId = {instance}, PublisherLeaseUntil = {until}
            WHERE Id = {OutboxState.SingletonId}
              AND (PublisherId IS NULL OR PublisherId = {instance} OR PublisherLeaseUntil IS NULL OR PublisherLeaseUntil < {now})
            """,
            cancellationToken);
        return updated == 1;
    }

    /// <summary>Records that everything up to <paramref name="through"/> is published and renews the lease; false when the lease was lost.</summary>
    public async Task<bool> RecordPublishedAsync(string instance, long through, DateTime until, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE OutboxState SET PublishedThroughId = {through}, PublisherLeaseUntil = {until}
            WHERE Id = {OutboxState.SingletonId} AND PublisherId = {instance}
            """,
            cancellationToken);
        return updated == 1;
    }

    /// <summary>Gives the lease up, so that another instance takes over at once rather than when it runs out.</summary>
    public async Task ReleaseLeaseAsync(string instance, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE OutboxState SET PublisherId = NULL, PublisherLeaseUntil = NULL
            WHERE Id = {OutboxState.SingletonId} AND PublisherId = {instance}
            """,
            cancellationToken);
    }

    /// <summary>
    /// Deletes the events older than <paramref name="cutoff"/> and those beyond the newest
    /// <paramref name="maxEvents"/>, but none after <paramref name="publishedThrough"/>; returns the id through which
    /// events are gone (<see cref="OutboxState.PrunedThroughId"/>).
    /// </summary>
    public async Task<long> PruneAsync(DateTime cutoff, long maxEvents, long publishedThrough, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var state = await db.OutboxState.AsNoTracking().SingleAsync(s => s.Id == OutboxState.SingletonId, cancellationToken);
        var old = await db.OutboxEvents.Where(e => e.OccurredAt < cutoff).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var newest = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var bound = Math.Min(Math.Max(old, newest - maxEvents), publishedThrough);
        if (bound <= state.PrunedThroughId)
        {
            return state.PrunedThroughId;
        }

        // The bound first, in the same transaction: a replay that reads the bound after its rows knows whether
        // any of them may have gone meanwhile.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE OutboxState SET PrunedThroughId = {bound} WHERE Id = {OutboxState.SingletonId} AND PrunedThroughId < {bound}",
            cancellationToken);
        var deleted = await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM OutboxEvents WHERE Id <= {bound}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Outbox retention deleted {Count} events, through id {Bound}.", deleted, bound);
        return bound;
    }

    /// <summary>The rows as events; a row whose payload cannot be read (written by a newer version?) is logged and skipped.</summary>
    public List<StoredEvent> ToStored(IEnumerable<OutboxEvent> rows)
    {
        var events = new List<StoredEvent>();
        foreach (var row in rows)
        {
            try
            {
                events.Add(new StoredEvent(row.Id, row.OccurredAt, ShopEventType.Deserialize(row.Type, row.Payload)));
            }
            catch (JsonException e)
            {
                logger.LogError(e, "Outbox event {Id} of type {Type} cannot be read; it is skipped.", row.Id, row.Type);
            }
        }

        return events;
    }
}
