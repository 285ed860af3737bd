namespace GraphApi.Features.Events;

/// <summary>
/// The shop's event delivery (the <c>Events</c> configuration section). Durations are written
/// <c>hh:mm:ss</c>, or <c>d.hh:mm:ss</c> with days.
/// </summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>How published events reach the subscribers of every server instance. Default <see cref="EventBusKind.InProcess"/>.</summary>
    public EventBusKind Bus { get; set; } = EventBusKind.InProcess;

    /// <summary>The broker of <see cref="EventBusKind.RabbitMQ"/>.</summary>
    public RabbitMqEventBusOptions RabbitMQ { get; set; } = new();

    /// <summary>
    /// How often the publisher looks for committed events it was not told about: events committed by another
    /// instance (this instance's own commits wake it at once). Default 200 ms.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The most events read and published at once. Default 500.</summary>
    public int PublishBatchSize { get; set; } = 500;

    /// <summary>
    /// How long the publisher waits for a missing id below committed ones before it takes the id for a rolled-back
    /// insert and moves on. Only SQL Server leaves such gaps (identity values are not reused and transactions
    /// may commit out of order); SQLite assigns ids in commit order. Default 5 seconds.
    /// </summary>
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often an idle publisher says where it is, so that instances that just joined the shared bus learn
    /// from where they can replay. Default 1 second.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// With the shared bus one instance publishes; it holds a lease in the database for this long and renews it
    /// at every heartbeat. When it stops, another takes over within this time. Default 15 seconds.
    /// </summary>
    public TimeSpan PublisherLeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Events older than this are deleted: a cursor older than that cannot be resumed. Default 7 days.</summary>
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many of the newest events are kept, whatever their age. Default 1,000,000.</summary>
    public long RetentionMaxEvents { get; set; } = 1_000_000;

    /// <summary>How often retention runs. Default 10 minutes.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many events may wait for one subscriber that reads slower than they come; beyond it the subscription
    /// ends with an error telling the client to resume from its last cursor. Default 1,000.
    /// </summary>
    public int SubscriberBufferSize { get; set; } = 1_000;

    /// <summary>How many missed events a resuming subscriber reads from the outbox at once. Default 500.</summary>
    public int ReplayPageSize { get; set; } = 500;

    /// <summary>
    /// How long a signed-in subscriber's access, as <see cref="Subscriptions.IEventAccessCheck"/> found it, is
    /// trusted before it is checked again; revoking access stops delivery within this time. Default 5 seconds.
    /// </summary>
    public TimeSpan AccessCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
