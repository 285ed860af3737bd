using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

internal sealed partial class GraphQLEndpoint
{
    /// <summary>
    /// The status code of a result (GraphQL over HTTP, Status Codes). Execution ran: 200, even with field
    /// errors. A request error (parse, validation, operation choice, variable coercion): 400 with
    /// <c>application/graphql-response+json</c>, but 200 with <c>application/json</c>, whose legacy clients
    /// read GraphQL errors only from successful responses. A request without a document is not a
    /// well-formed GraphQL-over-HTTP request: 400 in both.
    /// </summary>
    internal static int StatusCodeOf(RequestFailure failure, ResponseMediaType mediaType) => failure switch
    {
        RequestFailure.None => StatusCodes.Status200OK,
        RequestFailure.MissingQuery => StatusCodes.Status400BadRequest,
        _ => StatusCodeOfRequestError(mediaType),
    };

    private static int StatusCodeOfRequestError(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static async Task WriteResultAsync(HttpContext http, ResponseMediaType mediaType, int statusCode, ExecutionResult result)
    {
        // Written to a buffer first: the response then has a Content-Length, and a value that cannot be
        // written (a bug in a custom scalar) still leaves the response untouched for a clean 500.
        using var buffer = new PooledBufferWriter();
        ExecutionResultWriter.Write(buffer, result);

        http.Response.StatusCode = statusCode;
        http.Response.ContentType = GraphQLMediaTypes.ContentTypeOf(mediaType);
        http.Response.ContentLength = buffer.WrittenCount;
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext http, ResponseMediaType mediaType, int statusCode, GraphQLError error) =>
        WriteResultAsync(http, mediaType, statusCode, ExecutionResult.RequestError(RequestFailure.None, [error]));

    private static Task WriteErrorAsync(HttpContext http, ResponseMediaType mediaType, int statusCode, string message, string code) =>
        WriteErrorAsync(http, mediaType, statusCode, Error(message, code));

    private Task WriteMethodNotAllowedAsync(HttpContext http)
    {
        string allowed = _options.AllowGet ? "GET, POST" : HttpMethods.Post;
        http.Response.Headers.Allow = allowed;
        return WriteErrorAsync(
            http,
            GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json,
            StatusCodes.Status405MethodNotAllowed,
            $"The method {http.Request.Method} is not supported; send GraphQL requests with {allowed.Replace(", ", " or ", StringComparison.Ordinal)}.",
            GraphQLHttpErrorCodes.MethodNotAllowed);
    }

    /// <summary>406 in plain text: the client accepts neither of the media types a GraphQL response can have.</summary>
    private static Task WriteNotAcceptableAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(
            $"The Accept header allows none of the media types of GraphQL responses: {GraphQLMediaTypes.GraphQLResponseJson}, {GraphQLMediaTypes.Json}.",
            http.RequestAborted);
    }

    private async Task WriteUnexpectedErrorAsync(HttpContext http, Exception exception)
    {
        if (http.Response.HasStarted)
        {
            // Part of a response is on the wire; ending the connection is the only honest signal left.
            http.Abort();
            return;
        }

        http.Response.Clear();
        string message = _options.IncludeExceptionDetails == true
            ? $"Unexpected error: {exception.GetType().Name}: {exception.Message}"
            : "The server failed to process the request.";
        await WriteErrorAsync(
            http,
            GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? ResponseMediaType.Json,
            StatusCodes.Status500InternalServerError,
            message,
            GraphQLHttpErrorCodes.InternalServerError);
    }

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>Why a request is refused before it reaches the executor, and with which status code.</summary>
    private readonly record struct Rejection(int StatusCode, GraphQLError Error)
    {
        public static Rejection BadRequest(string message) =>
            new(StatusCodes.Status400BadRequest, GraphQLEndpoint.Error(message, GraphQLHttpErrorCodes.BadRequest));

        public static Rejection UnsupportedMediaType(string message) =>
            new(StatusCodes.Status415UnsupportedMediaType, GraphQLEndpoint.Error(message, GraphQLHttpErrorCodes.UnsupportedMediaType));

        public static Rejection TooLarge(long limit) =>
            new(StatusCodes.Status413PayloadTooLarge, GraphQLEndpoint.Error($"The request body is larger than the limit of {limit} bytes.", GraphQLHttpErrorCodes.RequestTooLarge));
    }
}
