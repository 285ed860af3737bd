using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace GraphApi.Authentication;

/// <summary>A validated token's user and expiry, or why the token was refused.</summary>
public sealed class JwtValidationResult
{
    private JwtValidationResult(ClaimsPrincipal? principal, DateTimeOffset expiresAt, JwtFailure? failure)
    {
        Principal = principal;
        ExpiresAt = expiresAt;
        Failure = failure;
    }

    public ClaimsPrincipal? Principal { get; }

    /// <summary>The token's <c>exp</c> when it succeeded.</summary>
    public DateTimeOffset ExpiresAt { get; }

    public JwtFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Principal))]
    public bool Succeeded => Principal is not null;

    public static JwtValidationResult Success(ClaimsPrincipal principal, DateTimeOffset expiresAt) => new(principal, expiresAt, null);

    public static JwtValidationResult Fail(JwtFailure failure) => new(null, default, failure);
}
