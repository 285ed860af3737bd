using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> values of errors about the HTTP request rather than the GraphQL document.</summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The body or query string is not a well-formed GraphQL-over-HTTP request.</summary>
    public const string BadRequest = GraphQLRequestReader.BadRequestCode;

    /// <summary>The HTTP method cannot run the request (anything but GET and POST; a mutation over GET).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The POST body is not <c>application/json</c> in UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The POST body is larger than <see cref="GraphQLServerOptions.MaxRequestBodyBytes"/>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>A subscription sent over plain GET or POST, which carry a single result.</summary>
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";

    /// <summary>The server failed unexpectedly.</summary>
    public const string InternalServerError = ExecutionErrorCodes.InternalServerError;
}
