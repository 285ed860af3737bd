using GraphApi.Features.Users;
using Microsoft.AspNetCore.Identity;

namespace GraphApi.Data.Seeding;

/// <summary>The fixed accounts, one per role, that demos and the sign-in tests use.</summary>
public static class DemoUsers
{
    /// <summary>The documented password of the demo users in the embedded development database only.</summary>
    public const string DefaultPassword = "graphapi-demo";

    public const string CustomerEmail = "customer@graphapi.dev";

    public const string AdminEmail = "admin@graphapi.dev";

    public const string PartnerEmail = "partner@graphapi.dev";

    /// <summary>
    /// The password to give the demo users, or null to create none: a configured password always wins; the
    /// public default is only acceptable for the embedded database, never for a shared server.
    /// </summary>
    public static string? ResolvePassword(SeedOptions options, bool embeddedDatabase) =>
        !string.IsNullOrEmpty(options.DemoPassword) ? options.DemoPassword
        : embeddedDatabase ? DefaultPassword
        : null;

    /// <summary>The three demo users with their password hashed; times are those of the seeded history.</summary>
    public static IReadOnlyList<User> Create(string password, DateTime createdAt)
    {
        var hasher = new PasswordHasher<User>();
        return
        [
            Create(hasher, CustomerEmail, "Demo Customer", UserRole.Customer, password, createdAt),
            Create(hasher, AdminEmail, "Demo Admin", UserRole.Admin, password, createdAt),
            Create(hasher, PartnerEmail, "Demo Partner", UserRole.Partner, password, createdAt),
        ];
    }

    private static User Create(
        PasswordHasher<User> hasher, string email, string displayName, UserRole role, string password, DateTime createdAt)
    {
        var user = new User
        {
            Email = email,
            DisplayName = displayName,
            Role = role,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        user.PasswordHash = hasher.HashPassword(user, password);
        return user;
    }
}
