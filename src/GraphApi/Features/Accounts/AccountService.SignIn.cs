using GraphApi.Features.Mutations;
using GraphApi.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Accounts;

public sealed partial class AccountService
{
    // A save that loses the race for the user's row (SQL Server; SQLite serializes writers) reads it and decides again.
    private const int MaxSaveAttempts = 10;

    /// <summary>
    /// Checks the credentials and returns a token, or <see cref="InvalidCredentialsError"/> (whether or not the
    /// address is registered), or <see cref="AccountLockedError"/>. Every check is recorded on the account: a failure
    /// counts towards the lockout, a success resets the count and upgrades an outdated password hash.
    /// </summary>
    /// <remarks>
    /// The outcome is decided when it is recorded, on the row as it is then, not as it was read before the (slow)
    /// password check: of many guesses sent at once, those recorded after the lockout fail however right they are,
    /// so that no more than <see cref="AccountOptions.MaxFailedSignIns"/> guesses count in a lockout period.
    /// </remarks>
    public async Task<MutationResult<SignedIn>> SignInAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        string email = User.NormalizeEmail(request.Email);
        User? user;
        await using (var db = _contexts.CreateDbContext())
        {
            user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
        }

        if (user?.PasswordHash is null)
        {
            // The same work and the same answer as a wrong password, so that neither tells the address is unknown.
            _hasher.VerifyHashedPassword(DummyUser(), _dummyHash.Value, request.Password);
            return InvalidCredentialsError.Instance;
        }

        if (user.LockoutEnd is { } lockedUntil && lockedUntil > _clock.GetUtcNow().UtcDateTime)
        {
            return AccountLockedError.Until(lockedUntil);
        }

        var verification = _hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password);
        string? upgradedHash = verification == PasswordVerificationResult.SuccessRehashNeeded
            ? _hasher.HashPassword(user, request.Password)
            : null;
        var recorded = await RecordAsync(user.Id, verification != PasswordVerificationResult.Failed, upgradedHash, cancellationToken);
        return recorded.Succeeded ? Issue(recorded.Value!) : MutationResult<SignedIn>.Failure(recorded.Errors);
    }

    /// <summary>Records a checked password on the account in one transaction and decides the sign-in's outcome.</summary>
    private async Task<MutationResult<User>> RecordAsync(int userId, bool passwordMatched, string? upgradedHash, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            await using var db = _contexts.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
            if (user?.PasswordHash is null)
            {
                return InvalidCredentialsError.Instance; // the account or its password went away meanwhile
            }

            var outcome = Decide(user, passwordMatched, upgradedHash, _clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                continue;
            }

            // Not cancellable: a client that goes away must not take a counted failure back.
            await transaction.CommitAsync(CancellationToken.None);
            return outcome;
        }
    }

    private MutationResult<User> Decide(User user, bool passwordMatched, string? upgradedHash, DateTime now)
    {
        if (user.LockoutEnd is { } lockedUntil && lockedUntil > now)
        {
            return AccountLockedError.Until(lockedUntil);
        }

        // A lockout that has run out is over: counting starts again.
        user.LockoutEnd = null;
        if (!passwordMatched)
        {
            user.AccessFailedCount++;
            if (user.AccessFailedCount < _options.MaxFailedSignIns)
            {
                return InvalidCredentialsError.Instance;
            }

            var lockoutEnd = now + _options.LockoutDuration;
            user.AccessFailedCount = 0;
            user.LockoutEnd = lockoutEnd;
            return AccountLockedError.Until(lockoutEnd);
        }

        user.AccessFailedCount = 0;
        if (upgradedHash is not null)
        {
            user.PasswordHash = upgradedHash;
        }

        return user;
    }
}
