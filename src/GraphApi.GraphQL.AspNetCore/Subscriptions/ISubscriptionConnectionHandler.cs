namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Decides whether a graphql-transport-ws connection may run operations, when its <c>connection_init</c>
/// message arrives, and as whom. Register one in the services (any lifetime; it is resolved from the upgrade
/// request's services); without one every connection is accepted as the upgrade request's user.
/// </summary>
/// <example>
/// A handler that authenticates with a token from the payload or the upgrade request:
/// <code>
/// public async ValueTask&lt;SubscriptionConnectionResult&gt; OnConnectAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken)
/// {
///     var user = await tokens.ValidateAsync(context.FindBearerToken(), cancellationToken);
///     return user is null ? SubscriptionConnectionResult.Reject() : SubscriptionConnectionResult.Accept(user);
/// }
/// </code>
/// </example>
public interface ISubscriptionConnectionHandler
{
    /// <summary>
    /// Accepts the connection (the server answers <c>connection_ack</c>) or rejects it (the socket is closed
    /// with 4403 Forbidden). An exception closes the socket with 4500. Operations the client sends meanwhile
    /// are refused (4401), as the protocol requires.
    /// </summary>
    ValueTask<SubscriptionConnectionResult> OnConnectAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Renews an acknowledged connection's credentials before they expire, from the payload of a <c>ping</c>
    /// the client sends (<see cref="SubscriptionConnectionContext.IsReauthentication"/> is set and
    /// <see cref="SubscriptionConnectionContext.User"/> is the connection's current user). Return null when the
    /// payload carries no credentials (the ping is an ordinary one); an accepted result replaces the user of
    /// operations started from then on and the expiry; a rejected one closes the socket with 4403. The
    /// server answers the ping with its <c>pong</c> after the verdict is applied. By default there is no
    /// re-authentication.
    /// </summary>
    ValueTask<SubscriptionConnectionResult?> OnReauthenticateAsync(SubscriptionConnectionContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<SubscriptionConnectionResult?>(null);
}
