namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>The <c>extensions.code</c> values of errors the streaming transports add to the engine's.</summary>
public static class SubscriptionErrorCodes
{
    /// <summary>A <c>subscribe</c> beyond <see cref="GraphQLSubscriptionOptions.MaxSubscriptionsPerConnection"/>.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>
    /// The credentials an event stream's request was authenticated with lapsed, so the stream ended: the
    /// request is no longer authenticated. The client subscribes again with fresh ones.
    /// </summary>
    public const string AuthenticationExpired = "UNAUTHENTICATED";
}
