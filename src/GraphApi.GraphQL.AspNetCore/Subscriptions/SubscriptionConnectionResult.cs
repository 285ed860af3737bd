using System.Security.Claims;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>The verdict of an <see cref="ISubscriptionConnectionHandler"/> on a connection.</summary>
public sealed class SubscriptionConnectionResult
{
    private SubscriptionConnectionResult(
        bool isAccepted, ClaimsPrincipal? user, IReadOnlyDictionary<string, object?>? acknowledgementPayload, string? rejectionReason, DateTimeOffset? expiresAt)
    {
        IsAccepted = isAccepted;
        User = user;
        AcknowledgementPayload = acknowledgementPayload;
        RejectionReason = rejectionReason;
        ExpiresAt = expiresAt;
    }

    public bool IsAccepted { get; }

    /// <summary>Who the connection's operations run as; null keeps the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>The <c>payload</c> of <c>connection_ack</c>, written as JSON; null sends none.</summary>
    public IReadOnlyDictionary<string, object?>? AcknowledgementPayload { get; }

    /// <summary>The reason of the 4403 close frame (at most 123 bytes are sent); null sends "Forbidden".</summary>
    public string? RejectionReason { get; }

    /// <summary>
    /// When the credentials the connection was accepted with lapse (e.g. the token's <c>exp</c>): the server
    /// closes the socket with 4403 then, unless the client has re-authenticated (see
    /// <see cref="ISubscriptionConnectionHandler.OnReauthenticateAsync"/>). Null: never.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <param name="user">Who the connection's operations run as; null keeps the upgrade request's user.</param>
    /// <param name="acknowledgementPayload">The <c>payload</c> of <c>connection_ack</c>; ignored when re-authenticating.</param>
    /// <param name="expiresAt">When the credentials lapse; see <see cref="ExpiresAt"/>.</param>
    public static SubscriptionConnectionResult Accept(
        ClaimsPrincipal? user = null, IReadOnlyDictionary<string, object?>? acknowledgementPayload = null, DateTimeOffset? expiresAt = null) =>
        new(true, user, acknowledgementPayload, null, expiresAt);

    public static SubscriptionConnectionResult Reject(string? reason = null) => new(false, null, null, reason, null);
}
