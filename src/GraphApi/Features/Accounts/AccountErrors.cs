using System.Globalization;
using GraphApi.Features.Mutations;

namespace GraphApi.Features.Accounts;

/// <summary>Another account already signs in with the e-mail address.</summary>
public sealed record EmailTakenError(string Message, string Email) : MutationError(Message)
{
    public static EmailTakenError For(string email) =>
        new($"An account with the e-mail address \"{email}\" already exists; sign in instead.", email);
}

/// <summary>
/// The e-mail address or the password is wrong. One message for both, whether or not an account has the address,
/// so that sign-in cannot tell anyone which addresses are registered.
/// </summary>
public sealed record InvalidCredentialsError(string Message) : MutationError(Message)
{
    public static InvalidCredentialsError Instance { get; } = new("The e-mail address or the password is wrong.");
}

/// <summary>Too many failed sign-ins in a row: the account refuses every sign-in until <see cref="LockedUntil"/> (UTC).</summary>
public sealed record AccountLockedError(string Message, DateTime LockedUntil) : MutationError(Message)
{
    public static AccountLockedError Until(DateTime lockedUntil) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"The account is locked after too many failed sign-ins; try again after {lockedUntil:yyyy-MM-dd'T'HH:mm:ss'Z'}."),
            lockedUntil);
}

/// <summary>The client sent more sign-ups and sign-ins than <see cref="AttemptRateLimitOptions"/> allows.</summary>
public sealed record TooManyAttemptsError(string Message, int RetryAfterSeconds) : MutationError(Message)
{
    public static TooManyAttemptsError After(TimeSpan retryAfter)
    {
        int seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return new($"Too many sign-up and sign-in attempts from this address; try again in {seconds} seconds.", seconds);
    }
}
