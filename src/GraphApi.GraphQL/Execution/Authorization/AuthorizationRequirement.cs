using System.Security.Claims;

namespace GraphApi.GraphQL.Execution.Authorization;

/// <summary>
/// Everything one field or object type requires, compiled at build time from the directives on it, on
/// its interfaces and (for root fields) on its root type: every rule must pass.
/// </summary>
internal sealed class AuthorizationRequirement
{
    private readonly AuthorizationRule[] _rules;

    public AuthorizationRequirement(AuthorizationRule[] rules)
    {
        _rules = rules;
        HasPolicies = Array.Exists(rules, static rule => rule.Policy is not null);
    }

    public IReadOnlyList<AuthorizationRule> Rules => _rules;

    /// <summary>Some rule runs a policy, which needs an <see cref="AuthorizationContext"/>; without one the check allocates nothing.</summary>
    public bool HasPolicies { get; }

    /// <summary>The checks that depend on the user alone: an authenticated identity, then the roles of every rule.</summary>
    public AuthorizationOutcome CheckUser(ClaimsPrincipal user)
    {
        if (!IsAuthenticated(user))
        {
            return AuthorizationOutcome.Unauthenticated;
        }

        foreach (var rule in _rules)
        {
            if (!rule.AdmitsRoles(user))
            {
                return AuthorizationOutcome.Forbidden;
            }
        }

        return AuthorizationOutcome.Allowed;
    }

    /// <summary>Runs the policies in declaration order, stopping at the first that refuses; synchronous policies complete without allocating.</summary>
    public ValueTask<AuthorizationOutcome> CheckPoliciesAsync(AuthorizationContext context)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            if (_rules[i].Policy is not { } policy)
            {
                continue;
            }

            var passing = policy(context);
            if (!passing.IsCompletedSuccessfully)
            {
                return AwaitPoliciesAsync(context, passing, i);
            }

            if (!passing.Result)
            {
                return new ValueTask<AuthorizationOutcome>(AuthorizationOutcome.Forbidden);
            }
        }

        return new ValueTask<AuthorizationOutcome>(AuthorizationOutcome.Allowed);
    }

    private async ValueTask<AuthorizationOutcome> AwaitPoliciesAsync(AuthorizationContext context, ValueTask<bool> pending, int index)
    {
        if (!await pending.ConfigureAwait(false))
        {
            return AuthorizationOutcome.Forbidden;
        }

        for (int i = index + 1; i < _rules.Length; i++)
        {
            if (_rules[i].Policy is { } policy && !await policy(context).ConfigureAwait(false))
            {
                return AuthorizationOutcome.Forbidden;
            }
        }

        return AuthorizationOutcome.Allowed;
    }

    /// <summary>Any identity counts, as in ASP.NET Core: a principal may carry several, e.g. a cookie and a bearer token.</summary>
    private static bool IsAuthenticated(ClaimsPrincipal user)
    {
        foreach (var identity in user.Identities)
        {
            if (identity.IsAuthenticated)
            {
                return true;
            }
        }

        return false;
    }
}
