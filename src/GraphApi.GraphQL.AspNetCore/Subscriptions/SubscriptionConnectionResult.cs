using System.Security.Claims;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>The verdict of an <see cref="ISubscriptionConnectionHandler"/> on a connection.</summary>
public sealed class SubscriptionConnectionResult
{
    private SubscriptionConnectionResult(bool isAccepted, ClaimsPrincipal? user, IReadOnlyDictionary<string, object?>? acknowledgementPayload, string? rejectionReason)
    {
        IsAccepted = isAccepted;
        User = user;
        AcknowledgementPayload = acknowledgementPayload;
        RejectionReason = rejectionReason;
    }

    public bool IsAccepted { get; }

    /// <summary>Who the connection's operations run as; null keeps the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>The <c>payload</c> of <c>connection_ack</c>, written as JSON; null sends none.</summary>
    public IReadOnlyDictionary<string, object?>? AcknowledgementPayload { get; }

    /// <summary>The reason of the 4403 close frame (at most 123 bytes are sent); null sends "Forbidden".</summary>
    public string? RejectionReason { get; }

    public static SubscriptionConnectionResult Accept(ClaimsPrincipal? user = null, IReadOnlyDictionary<string, object?>? acknowledgementPayload = null) =>
        new(true, user, acknowledgementPayload, null);

    public static SubscriptionConnectionResult Reject(string? reason = null) => new(false, null, null, reason);
}
