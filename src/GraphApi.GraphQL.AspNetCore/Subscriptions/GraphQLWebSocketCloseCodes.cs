using System.Net.WebSockets;
using System.Text;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// The close codes of graphql-transport-ws (/work/shared/specs/graphql-ws-protocol.md, and the reference
/// implementation's <c>CloseCode</c> for 4406 and 4500), with the RFC 6455 codes the server also uses.
/// </summary>
public static class GraphQLWebSocketCloseCodes
{
    /// <summary>The client closed the socket (RFC 6455 §7.4.1); the server answers with the same code.</summary>
    public const int NormalClosure = 1000;

    /// <summary>The server is shutting down (RFC 6455 §7.4.1).</summary>
    public const int GoingAway = 1001;

    /// <summary>A message larger than <see cref="GraphQLSubscriptionOptions.MaxMessageBytes"/> (RFC 6455 §7.4.1).</summary>
    public const int MessageTooBig = 1009;

    /// <summary>A message that is not JSON, not of a known type, or lacks a field its type needs.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The <see cref="ISubscriptionConnectionHandler"/> rejected the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLSubscriptionOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary><c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed unexpectedly (for example the connection handler threw).</summary>
    public const int InternalServerError = 4500;

    /// <summary>RFC 6455 §5.5: a close frame's payload is at most 125 bytes, two of them the code.</summary>
    private const int MaxReasonBytes = 123;

    /// <summary>The reason cut to what a close frame carries, on a character boundary.</summary>
    internal static string LimitReason(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes)
        {
            return reason;
        }

        var builder = new StringBuilder();
        int bytes = 0;
        foreach (var rune in reason.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > MaxReasonBytes - 3)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.Append("...").ToString();
    }

    internal static WebSocketCloseStatus Status(int code) => (WebSocketCloseStatus)code;
}
