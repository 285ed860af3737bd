using GraphApi.Data;

namespace GraphApi.Features.Users;

/// <summary>An account of the shop: customers place orders, admins and partners manage the shop.</summary>
public sealed class User : IVersioned, ICreationStamped
{
    public int Id { get; set; }

    /// <summary>Unique, stored as <see cref="NormalizeEmail"/> returns it so that lookups need no case folding.</summary>
    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public UserRole Role { get; set; }

    /// <summary>ASP.NET Core <c>PasswordHasher</c> output; null for an account that cannot sign in with a password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Failed sign-ins since the last successful one, for lockout.</summary>
    public int AccessFailedCount { get; set; }

    /// <summary>UTC end of the current lockout; null (or past) when the account is not locked out.</summary>
    public DateTime? LockoutEnd { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    /// <summary>The stored form of an e-mail address: trimmed and lower-case.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
