using GraphApi.GraphQL.AspNetCore.Subscriptions;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL-over-HTTP endpoint (/work/shared/specs/graphql-over-http.md): reads a request from a GET
/// query string or a JSON POST body, negotiates the response media type, runs the request and answers
/// with the status code the specification asks for. WebSocket requests and requests for an event stream
/// go to the subscription transports. One instance serves every request.
/// </summary>
internal sealed partial class GraphQLEndpoint(
    RequestExecutor executor,
    GraphQLWebSocketTransport webSockets,
    ServerSentEventsTransport serverSentEvents,
    IOptions<GraphQLServerOptions> options,
    IEnumerable<IResponseExtensionsProvider> extensionsProviders,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly GraphQLServerOptions _options = options.Value;
    private readonly IResponseExtensionsProvider[] _extensionsProviders = extensionsProviders.ToArray();

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
        if (http.WebSockets.IsWebSocketRequest && _options.Subscriptions.EnableWebSockets)
        {
            await webSockets.HandleAsync(http);
            return;
        }

        bool isGet = HttpMethods.IsGet(http.Request.Method);
        if (!(isGet && _options.AllowGet) && !HttpMethods.IsPost(http.Request.Method))
        {
            await WriteMethodNotAllowedAsync(http);
            return;
        }

        // An event stream's request errors (bad body, mutation over GET) are answered before the stream
        // opens, in JSON as far as the Accept header allows.
        bool eventStream = _options.Subscriptions.EnableServerSentEvents && ServerSentEventsTransport.IsRequested(http.Request.Headers.Accept);
        var negotiated = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (negotiated is null && !eventStream)
        {
            await WriteNotAcceptableAsync(http);
            return;
        }

        var mediaType = negotiated ?? ResponseMediaType.Json;
        var (request, failure) = isGet ? ReadGetRequest(http) : await ReadPostRequestAsync(http);
        if (failure is not null)
        {
            await WriteErrorAsync(http, mediaType, failure.Value.StatusCode, failure.Value.Error);
            return;
        }

        await ExecuteAsync(http, request!, mediaType, isGet, eventStream);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest request, ResponseMediaType mediaType, bool isGet, bool eventStream)
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

        if (eventStream)
        {
            await serverSentEvents.StreamAsync(http, prepared, request);
            return;
        }

        if (prepared.OperationType == OperationType.Subscription)
        {
            await WriteErrorAsync(
                http,
                mediaType,
                StatusCodeOfRequestError(mediaType),
                "Subscriptions cannot be sent with GET or POST for a single result: ask for Server-Sent Events (Accept: text/event-stream) or subscribe over a WebSocket (graphql-transport-ws).",
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
            result = WithProvidedExtensions(http, await executor.ExecuteAsync(prepared, request, context));
        }

        await WriteResultAsync(http, mediaType, StatusCodeOf(result.Failure, mediaType), result);
    }

    private ExecutionResult WithProvidedExtensions(HttpContext http, ExecutionResult result)
    {
        if (_extensionsProviders.Length == 0)
        {
            return result;
        }

        var extensions = result.Extensions is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(result.Extensions, StringComparer.Ordinal);
        foreach (var provider in _extensionsProviders)
        {
            provider.AddExtensions(http, extensions);
        }

        return new ExecutionResult
        {
            Data = result.Data,
            HasData = result.HasData,
            Errors = result.Errors,
            Extensions = extensions,
            Failure = result.Failure,
        };
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
