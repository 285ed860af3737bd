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
}
