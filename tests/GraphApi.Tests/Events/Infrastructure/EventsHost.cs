using GraphApi.Data;
using GraphApi.Features.Events;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Events.Outbox;
using GraphApi.Features.Events.Subscriptions;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Events.Infrastructure;

/// <summary>
/// The host on Kestrel (see <see cref="SubscriptionHost"/>) with a SQLite database of its own, a tiny seeded
/// shop, the test signing key, and helpers that write events the way mutations do.
/// </summary>
public sealed class EventsHost : IAsyncDisposable
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "graphapi-tests");

    /// <summary>Whether the database file is this host's alone, to delete when it stops.</summary>
    private readonly bool _ownsDatabase;

    private EventsHost(SubscriptionHost host, string databaseFile, bool ownsDatabase)
    {
        Host = host;
        DatabaseFile = databaseFile;
        _ownsDatabase = ownsDatabase;
    }

    public SubscriptionHost Host { get; }

    public string DatabaseFile { get; }

    public IServiceProvider Services => Host.Services;

    public EventHub Hub => Services.GetRequiredService<EventHub>();

    public EventStreams Streams => Services.GetRequiredService<EventStreams>();

    public OutboxStore Store => Services.GetRequiredService<OutboxStore>();

    /// <summary>A new database file for a host: hosts given the same one share their outbox.</summary>
    public static string NewDatabaseFile()
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"events-{Guid.NewGuid():N}.db");
    }

    /// <summary>Starts the host on its own new database, with <paramref name="settings"/> and service overrides.</summary>
    public static Task<EventsHost> StartAsync(Action<IServiceCollection>? services = null, params (string Key, string Value)[] settings) =>
        StartAsync(NewDatabaseFile(), ownsDatabase: true, services, settings);

    /// <summary>Starts the host on <paramref name="databaseFile"/>, which other hosts may share; the caller deletes it (<see cref="DeleteDatabase"/>).</summary>
    public static Task<EventsHost> StartAsync(string databaseFile, Action<IServiceCollection>? services, params (string Key, string Value)[] settings) =>
        StartAsync(databaseFile, ownsDatabase: false, services, settings);

    private static async Task<EventsHost> StartAsync(string databaseFile, bool ownsDatabase, Action<IServiceCollection>? services, (string Key, string Value)[] settings)
    {
        (string, string)[] defaults =
        [
            ("Database:SqlitePath", databaseFile),
            ("Seed:Products", "8"),
            ("Seed:Users", "6"),
            ("Seed:Orders", "12"),
            ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret),
        ];
        var host = SubscriptionHost.Start(services, [.. defaults, .. settings]);
        var started = new EventsHost(host, databaseFile, ownsDatabase);
        // The publisher has started once the hub knows its position.
        await Eventually.TrueAsync(() => started.Hub.Position is not null, "the event hub to start");
        return started;
    }

    /// <summary>Writes <paramref name="events"/> in one committed transaction, as a mutation does; their ids, in order.</summary>
    public async Task<long[]> CommitAsync(params ShopEvent[] events)
    {
        await using var db = Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outbox = Services.GetRequiredService<IEventOutbox>();
        foreach (var e in events)
        {
            outbox.Add(db, e);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return db.OutboxEvents.Local.Select(e => e.Id).Order().ToArray();
    }

    /// <summary>Writes <paramref name="events"/> in a transaction that is then rolled back.</summary>
    public async Task RollBackAsync(params ShopEvent[] events)
    {
        await using var db = Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outbox = Services.GetRequiredService<IEventOutbox>();
        foreach (var e in events)
        {
            outbox.Add(db, e);
        }

        await db.SaveChangesAsync();
        await transaction.RollbackAsync();
    }

    /// <summary>Waits until the hub has delivered every event up to <paramref name="id"/>.</summary>
    public Task WaitForHubAsync(long id) => Eventually.TrueAsync(() => Hub.Position >= id, $"the hub to reach event {id} (at {Hub.Position})");

    public Task WaitForHubSubscriptionsAsync(int count) =>
        Eventually.TrueAsync(() => Hub.SubscriptionCount == count, $"{count} hub subscriptions (now {Hub.SubscriptionCount})");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabaseFile);
        }
    }

    /// <summary>Deletes a database file once no host uses it any more.</summary>
    public static void DeleteDatabase(string databaseFile)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-journal", databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
