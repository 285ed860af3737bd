namespace GraphApi.Tests.Authentication.Infrastructure;

/// <summary>A clock the test moves: token lifetimes and the authority's refresh intervals without waiting.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>Where the tests' clocks start: a whole second, far from any real token's lifetime.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _utcTicks = start.UtcTicks;

    public FakeClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Now, in seconds since 1970: what exp, nbf and iat are written in.</summary>
    public long Seconds => GetUtcNow().ToUnixTimeSeconds();

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
