using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL-over-HTTP endpoint (/work/shared/specs/graphql-over-http.md): reads a request from a GET
/// query string or a JSON POST body, negotiates the response media type, runs the request and answers
/// with the status code the specification asks for. One instance serves every request.
/// </summary>
internal sealed partial class GraphQLEndpoint(
    RequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly GraphQLServerOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleCoreAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The GraphQL request failed unexpectedly.");
            await WriteUnexpectedErrorAsync(http, exception);
        }
    }

    private async Task HandleCoreAsync(HttpContext http)
    {
        bool isGet = HttpMethods.IsGet(http.Request.Method);
        if (!(isGet && _options.AllowGet) && !HttpMethods.IsPost(http.Request.Method))
        {
            await WriteMethodNotAllowedAsync(http);
            return;
        }

        if (GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteNotAcceptableAsync(http);
            return;
        }

        var (request, failure) = isGet ? ReadGetRequest(http) : await ReadPostRequestAsync(http);
        if (failure is not null)
        {
            await WriteErrorAsync(http, mediaType, failure.Value.StatusCode, failure.Value.Error);
            return;
        }

        await ExecuteAsync(http, request!, mediaType, isGet);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest request, ResponseMediaType mediaType, bool isGet)
    {
        var prepared = executor.Prepare(request);

        // GraphQL over HTTP §GET: a mutation over GET is refused, and not only once it has validated.
        if (isGet && SelectsMutation(prepared, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(
                http,
                mediaType,
                StatusCodes.Status405MethodNotAllowed,
                "Mutations cannot be sent with GET, which must not change anything; send them with POST.",
                GraphQLHttpErrorCodes.MethodNotAllowed);
            return;
        }

        if (prepared.OperationType == OperationType.Subscription)
        {
            await WriteErrorAsync(
                http,
                mediaType,
                StatusCodeOfRequestError(mediaType),
                "Subscriptions cannot be sent with GET or POST, whose response carries a single result; this endpoint runs queries and mutations.",
                GraphQLHttpErrorCodes.SubscriptionNotSupported);
            return;
        }

        ExecutionResult result;
        if (prepared.Failure != RequestFailure.None)
        {
            result = ExecutionResult.RequestError(prepared.Failure, prepared.Errors);
        }
        else
        {
            var context = new RequestContext
            {
                Services = http.RequestServices,
                User = http.User,
                CancellationToken = http.RequestAborted,
            };
            result = await executor.ExecuteAsync(prepared, request, context);
        }

        await WriteResultAsync(http, mediaType, StatusCodeOf(result.Failure, mediaType), result);
    }

    /// <summary>
    /// Whether the request selects a mutation: the prepared operation's type, or, when the document did not
    /// validate, the operation that spec §6.1 GetOperation would pick.
    /// </summary>
    private static bool SelectsMutation(PreparedRequest prepared, string? operationName)
    {
        if (prepared.OperationType is { } type)
        {
            return type == OperationType.Mutation;
        }

        if (prepared.Document is null)
        {
            return false;
        }

        var operations = prepared.Document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name?.Value == operationName);
        return chosen?.Operation == OperationType.Mutation;
    }
}
