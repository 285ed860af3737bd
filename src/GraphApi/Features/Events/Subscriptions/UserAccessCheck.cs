using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Events.Subscriptions;

/// <summary>
/// The default <see cref="IEventAccessCheck"/>: access is revoked when the user's account is gone, locked out
/// (<see cref="User.LockoutEnd"/> in the future) or no longer has a role the token claims (e.g. a partner
/// demoted to customer). What the database says is trusted for <see cref="EventsOptions.AccessCheckInterval"/>,
/// so that a burst of events costs one query per user, not one per event.
/// </summary>
internal sealed class UserAccessCheck(IDbContextFactory<ShopDbContext> contexts, TimeProvider clock, IOptions<EventsOptions> options)
    : IEventAccessCheck
{
    /// <summary>Beyond this many cached users, entries past their interval are dropped.</summary>
    private const int TrimThreshold = 10_000;

    private readonly ConcurrentDictionary<int, Lazy<Task<Account>>> _accounts = new();
    private readonly TimeSpan _interval = options.Value.AccessCheckInterval;

    public async ValueTask<string?> FindRevocationAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            // Not a shop account (e.g. a service token): nothing here can revoke it.
            return null;
        }

        var account = await GetAsync(userId, cancellationToken);
        if (!account.Exists)
        {
            return "The account no longer exists.";
        }

        if (account.LockoutEnd > clock.GetUtcNow().UtcDateTime)
        {
            return "The account is locked.";
        }

        var claimed = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return claimed.Count > 0 && !claimed.Contains(account.Role.ToString(), StringComparer.Ordinal)
            ? $"The account's role is now {account.Role}; sign in again."
            : null;
    }

    private Task<Account> GetAsync(int userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = _accounts.GetOrAdd(userId, static (id, state) => state.Self.Load(id, state.Now), (Self: this, Now: now));
        if (IsStale(entry, now))
        {
            // One caller replaces it; the others use the replacement, so a user is loaded once per interval.
            var fresh = Load(userId, now);
            entry = _accounts.TryUpdate(userId, fresh, entry) ? fresh : _accounts.GetOrAdd(userId, fresh);
            Trim(now);
        }

        return entry.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Loaded longer ago than the interval, or failed to load; a load still running is waited for.</summary>
    private bool IsStale(Lazy<Task<Account>> entry, DateTime now) =>
        entry.IsValueCreated && entry.Value.IsCompleted
        && (!entry.Value.IsCompletedSuccessfully || now - entry.Value.Result.CheckedAt >= _interval);

    private Lazy<Task<Account>> Load(int userId, DateTime now) => new(async () =>
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.LockoutEnd, u.Role })
            .FirstOrDefaultAsync(CancellationToken.None);
        return new Account(now, row is not null, row?.LockoutEnd, row?.Role ?? default);
    });

    private void Trim(DateTime now)
    {
        if (_accounts.Count <= TrimThreshold)
        {
            return;
        }

        foreach (var (id, entry) in _accounts)
        {
            if (IsStale(entry, now))
            {
                _accounts.TryRemove(KeyValuePair.Create(id, entry));
            }
        }
    }

    private sealed record Account(DateTime CheckedAt, bool Exists, DateTime? LockoutEnd, UserRole Role);
}
