using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Accounts;

/// <summary>
/// Counts sign-up and sign-in attempts per client IP address in fixed windows (<see cref="AttemptRateLimitOptions"/>),
/// with the limiter ASP.NET Core's rate limiting middleware uses. The middleware itself would limit every GraphQL
/// request to the endpoint, whereas only these two mutations are worth guessing at.
/// </summary>
/// <remarks>
/// The address is the connection's: behind a reverse proxy every client shares the proxy's address unless the
/// application applies forwarded headers (<c>UseForwardedHeaders</c>) first.
/// </remarks>
public sealed class AttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public AttemptLimiter(IOptions<AccountOptions> options)
    {
        var limit = options.Value.AttemptRateLimit;
        if (limit.PermitLimit > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
                address,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 }));
        }
    }

    /// <summary>Takes one attempt for <paramref name="client"/> (null when unknown, e.g. in-process tests); null when allowed, otherwise the error.</summary>
    public TooManyAttemptsError? TryAcquire(IPAddress? client)
    {
        if (_limiter is null)
        {
            return null;
        }

        // IPv4 clients of a dual-stack socket arrive as IPv4-mapped IPv6 addresses; one client, one partition.
        string key = client is null ? "unknown" : (client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client).ToString();
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return TooManyAttemptsError.After(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.Zero);
    }

    public void Dispose() => _limiter?.Dispose();
}
