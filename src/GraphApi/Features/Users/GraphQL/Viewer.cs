using System.Globalization;
using System.Security.Claims;
using GraphApi.Features.GraphQL;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>
/// The signed-in user a request runs for, read from its claims (<see cref="ClaimTypes.NameIdentifier"/> = user
/// ID, <see cref="ClaimTypes.Role"/> = role): what the read API shows depends on it.
/// </summary>
public sealed record Viewer(int UserId, bool IsAdmin)
{
    /// <summary>The viewer of a signed-in <paramref name="user"/>; null for an anonymous one.</summary>
    public static Viewer? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return new Viewer(id, user.IsInRole(nameof(UserRole.Admin)));
    }

    /// <summary>The viewer of <paramref name="user"/>, or an UNAUTHENTICATED field error naming <paramref name="field"/>.</summary>
    public static Viewer Require(ClaimsPrincipal user, string field) =>
        From(user) ?? throw new FieldErrorException($"Sign in to read \"{field}\".", ShopErrorCodes.Unauthenticated);

    /// <summary>An admin viewer of <paramref name="user"/>, or an UNAUTHENTICATED or AUTH_NOT_AUTHORIZED field error.</summary>
    public static Viewer RequireAdmin(ClaimsPrincipal user, string field)
    {
        var viewer = Require(user, field);
        return viewer.IsAdmin
            ? viewer
            : throw new FieldErrorException($"Only admins may read \"{field}\".", ShopErrorCodes.NotAuthorized);
    }
}
