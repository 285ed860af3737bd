using System.Globalization;
using System.Security.Claims;
using GraphApi.Features.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Users.GraphQL;

/// <summary>
/// The signed-in user a request runs for, read from its claims (<see cref="ClaimTypes.NameIdentifier"/> = user
/// ID, <see cref="ClaimTypes.Role"/> = role): what the API shows depends on it. Who may call a field at all is
/// declared in the contract (<c>@authorize</c>); the viewer decides which rows a query reads.
/// </summary>
public sealed record Viewer(int UserId, bool IsAdmin, bool IsPartner)
{
    /// <summary>Partners read every order, to fulfil them; admins manage them. Customers see their own.</summary>
    public bool SeesEveryOrder => IsAdmin || IsPartner;

    /// <summary>The viewer of a signed-in <paramref name="user"/>; null for an anonymous one, or one whose subject is no user of this shop.</summary>
    public static Viewer? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return new Viewer(id, user.IsInRole(nameof(UserRole.Admin)), user.IsInRole(nameof(UserRole.Partner)));
    }

    /// <summary>
    /// The viewer running the field of <paramref name="context"/>, which the contract already restricts to signed-in
    /// callers; an UNAUTHENTICATED field error naming the field when the token's subject is not a user ID of this
    /// shop (a token of an external identity provider for someone who has no account here).
    /// </summary>
    public static Viewer Require(IResolverContext context) =>
        From(context.User)
        ?? throw new FieldErrorException(
            $"\"{context.ParentType.Name}.{context.Field.Name}\" needs a signed-in user of this shop: the token's subject is not one.",
            ShopErrorCodes.Unauthenticated);
}
