using System.Security.Claims;

namespace GraphApi.Features.Events.Subscriptions;

/// <summary>
/// The revocation hook: asked before each event is delivered to a signed-in subscriber whether they may still
/// receive events, so that revoking a user's access stops delivery to their open subscriptions (whose token
/// may be valid for a while yet). Replace the service to consult a revocation list or an identity provider.
/// </summary>
public interface IEventAccessCheck
{
    /// <summary>Why <paramref name="user"/> may no longer receive events, for the client; null while they may.</summary>
    ValueTask<string?> FindRevocationAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
