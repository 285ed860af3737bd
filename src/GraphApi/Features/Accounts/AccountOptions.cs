namespace GraphApi.Features.Accounts;

/// <summary>The <c>Accounts</c> configuration section: lockout after failed sign-ins and the per-client attempt limit.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>Failed sign-ins in a row after which the account is locked. Default 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in, even with the right password. Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The limit of sign-up and sign-in attempts per client IP address.</summary>
    public AttemptRateLimitOptions AttemptRateLimit { get; set; } = new();
}

/// <summary>
/// A fixed window of <see cref="PermitLimit"/> attempts per <see cref="Window"/> for each client IP address,
/// counting both mutations: a client guessing passwords over many accounts, or probing which e-mail addresses
/// are registered, is slowed down whatever the accounts' lockout.
/// </summary>
public sealed class AttemptRateLimitOptions
{
    /// <summary>Attempts allowed per window and address; 0 turns the limit off. Default 10.</summary>
    public int PermitLimit { get; set; } = 10;

    /// <summary>The length of a window. Default 1 minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
