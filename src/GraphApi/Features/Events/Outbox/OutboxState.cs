namespace GraphApi.Features.Events.Outbox;

/// <summary>
/// The outbox's one bookkeeping row (<see cref="SingletonId"/>): which server instance publishes to the shared
/// bus and how far it got, and how far retention has deleted events.
/// </summary>
public sealed class OutboxState
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    /// <summary>
    /// With a shared bus (RabbitMQ): every event up to this id has been published. A new publisher continues
    /// from here, so a change of publisher loses nothing (and may publish a few events twice, which
    /// subscribers skip by id).
    /// </summary>
    public long PublishedThroughId { get; set; }

    /// <summary>The instance holding the publisher lease, or null when none has ever held it.</summary>
    public string? PublisherId { get; set; }

    /// <summary>UTC time the lease ends unless its holder renews it; another instance may take it after.</summary>
    public DateTime? PublisherLeaseUntil { get; set; }

    /// <summary>Every event up to this id may have been deleted by retention: older cursors cannot be resumed.</summary>
    public long PrunedThroughId { get; set; }
}
