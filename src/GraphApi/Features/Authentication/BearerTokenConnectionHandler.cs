using GraphApi.Authentication;
using GraphApi.GraphQL.AspNetCore.Subscriptions;

namespace GraphApi.Features.Authentication;

/// <summary>
/// Authenticates graphql-transport-ws connections by the rules of HTTP requests, with the bearer token of
/// <c>connection_init</c> (browsers cannot set headers on a WebSocket) or else of the upgrade request: a
/// valid token's user runs the connection's operations, a token that does not validate closes the socket
/// with 4403 and the reason, and no token leaves the connection anonymous.
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
            : SubscriptionConnectionResult.Accept(result.Principal);
    }
}
