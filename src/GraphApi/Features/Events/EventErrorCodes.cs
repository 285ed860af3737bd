using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Events;

/// <summary>The <c>extensions.code</c> values of the errors of event subscriptions.</summary>
public static class EventErrorCodes
{
    /// <summary>The subscription needs a signed-in user and the connection is anonymous.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The user may not receive these events, or no longer may (access revoked).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>An argument the shop cannot use: an ID or cursor that is not one of this API's.</summary>
    public const string BadUserInput = ExecutionErrorCodes.BadUserInput;

    /// <summary>The <c>after</c> cursor is older than retention keeps events: some are gone. Subscribe without it and read the current state.</summary>
    public const string CursorExpired = "EVENT_CURSOR_EXPIRED";

    /// <summary>The subscriber read too slowly and was dropped; subscribing again with its last cursor resumes without loss.</summary>
    public const string SubscriberTooSlow = "EVENT_SUBSCRIBER_TOO_SLOW";
}
