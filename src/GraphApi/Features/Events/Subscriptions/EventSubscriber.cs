using System.Globalization;
using System.Security.Claims;
using GraphApi.Features.Users;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Events.Subscriptions;

/// <summary>
/// Who subscribes, from the connection's claims (<see cref="ClaimTypes.NameIdentifier"/> = user ID, roles as
/// <see cref="ClaimTypes.Role"/>): what they may follow depends on it.
/// </summary>
internal sealed record EventSubscriber(int UserId, bool IsAdmin, bool IsPartner)
{
    /// <summary>Admins and partners follow every order; customers only their own.</summary>
    public bool SeesEveryOrder => IsAdmin || IsPartner;

    /// <summary>The signed-in subscriber, or an UNAUTHENTICATED field error naming <paramref name="field"/>.</summary>
    public static EventSubscriber Require(ClaimsPrincipal user, string field)
    {
        if (user.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new FieldErrorException($"Sign in to subscribe to \"{field}\".", EventErrorCodes.Unauthenticated);
        }

        return new EventSubscriber(id, user.IsInRole(nameof(UserRole.Admin)), user.IsInRole(nameof(UserRole.Partner)));
    }
}
