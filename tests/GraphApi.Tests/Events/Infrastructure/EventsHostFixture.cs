namespace GraphApi.Tests.Events.Infrastructure;

/// <summary>One <see cref="EventsHost"/> for a test class; its tests keep apart by using orders and products of their own.</summary>
public class EventsHostFixture : IAsyncLifetime
{
    private static int _nextSubject = 100_000;

    public EventsHost Host { get; private set; } = null!;

    /// <summary>An order or product id no other test uses: events about it are the test's alone.</summary>
    public static int NewSubjectId() => Interlocked.Increment(ref _nextSubject);

    public async Task InitializeAsync() => Host = await EventsHost.StartAsync(services: null, Settings);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected virtual (string Key, string Value)[] Settings => [];
}
