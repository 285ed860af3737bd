using System.Security.Claims;
using GraphApi.Authentication;
using GraphApi.GraphQL.AspNetCore.Subscriptions;

namespace GraphApi.Features.Authentication;

/// <summary>
/// Authenticates graphql-transport-ws connections by the rules of HTTP requests, with the bearer token of
/// <c>connection_init</c> (browsers cannot set headers on a WebSocket) or else of the upgrade request: a
/// valid token's user runs the connection's operations until the token expires, when the socket is closed
/// with 4403; a token that does not validate closes it at once, with the reason; no token leaves the
/// connection anonymous. Before its token expires a client renews it with a <c>ping</c> whose payload holds
/// a fresh token of the same user (<c>{"type":"ping","payload":{"Authorization":"Bearer …"}}</c>); the
/// <c>pong</c> confirms it.
/// </summary>
internal sealed class BearerTokenConnectionHandler(JwtAuthenticator authenticator) : ISubscriptionConnectionHandler
{
    public async ValueTask<SubscriptionConnectionResult> OnConnectAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken)
    {
        if (context.FindBearerToken() is not { } token)
        {
            return SubscriptionConnectionResult.Accept();
        }

        var result = await authenticator.ValidateAsync(token, cancellationToken);
        return result.Failure is { } failure
            ? SubscriptionConnectionResult.Reject(failure.Describe())
            : SubscriptionConnectionResult.Accept(result.Principal, expiresAt: result.ExpiresAt);
    }

    public async ValueTask<SubscriptionConnectionResult?> OnReauthenticateAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken)
    {
        if (context.FindBearerToken() is not { } token)
        {
            return null;
        }

        var result = await authenticator.ValidateAsync(token, cancellationToken);
        if (result.Failure is { } failure)
        {
            return SubscriptionConnectionResult.Reject(failure.Describe());
        }

        // A connection is one user's: its running operations were authorized for them.
        var current = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return current is not null && current == result.Principal!.FindFirstValue(ClaimTypes.NameIdentifier)
            ? SubscriptionConnectionResult.Accept(result.Principal, expiresAt: result.ExpiresAt)
            : SubscriptionConnectionResult.Reject("The new token is for another user");
    }
}
