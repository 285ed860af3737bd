using System.Security.Claims;

namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>
/// One applied authorization directive, read once at build time: an authenticated user holding any of
/// <see cref="Roles"/> (when given) and passing <see cref="Policy"/> (when given).
/// </summary>
internal sealed class AuthorizationRule(string[]? roles, string? policyName, Func<AuthorizationContext, ValueTask<bool>>? policy)
{
    public IReadOnlyList<string>? Roles => roles;

    public string? PolicyName { get; } = policyName;

    public Func<AuthorizationContext, ValueTask<bool>>? Policy { get; } = policy;

    public bool AdmitsRoles(ClaimsPrincipal user)
    {
        if (roles is null)
        {
            return true;
        }

        foreach (var role in roles)
        {
            if (user.IsInRole(role))
            {
                return true;
            }
        }

        return false;
    }
}
