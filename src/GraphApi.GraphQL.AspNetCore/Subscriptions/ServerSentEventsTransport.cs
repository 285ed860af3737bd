using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode (/work/shared/specs/graphql-sse-protocol.md):
/// a GET or POST that accepts <c>text/event-stream</c> gets its results as <c>next</c> events — every event
/// of a subscription, the one result of a query or mutation — then <c>complete</c>. Errors found before
/// execution (parse, validation, variables) are <c>next</c> events on the accepted stream too, as the
/// protocol asks. The client ends a subscription by closing the connection, which disposes its source
/// stream. Single connection mode (reservations with PUT and DELETE) is not offered.
/// </summary>
internal sealed class ServerSentEventsTransport(
    RequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ServerSentEventsTransport> logger)
{
    public const string MediaType = "text/event-stream";

    private readonly GraphQLServerOptions _options = options.Value;

    /// <summary>
    /// Whether the <c>Accept</c> header asks for an event stream: it names <c>text/event-stream</c> (wildcards do
    /// not count, they come from clients expecting one response) at a quality no other range beats.
    /// </summary>
    public static bool IsRequested(StringValues acceptHeaders)
    {
        if (StringValues.IsNullOrEmpty(acceptHeaders) || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
        {
            return false;
        }

        double eventStream = 0, best = 0;
        foreach (var range in ranges)
        {
            double quality = range.Quality ?? 1.0;
            best = Math.Max(best, quality);
            if (range.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase))
            {
                eventStream = Math.Max(eventStream, quality);
            }
        }

        return eventStream > 0 && eventStream >= best;
    }

    public async Task StreamAsync(HttpContext http, PreparedRequest prepared, GraphQLRequest request)
    {
        using var expiry = new CancellationTokenSource();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping, expiry.Token);
        var token = cancellation.Token;
        var expiryWatch = WatchExpiryAsync(http, expiry, token);

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";

        // Proxies such as nginx would otherwise hold events back to fill their buffers.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var stream = new EventStreamWriter(http.Response, token);
        Task keepAlive = Task.CompletedTask;
        try
        {
            // Sends the headers now, so the client knows the stream is open before the first event.
            await stream.WriteCommentAsync();
            if (_options.Subscriptions.KeepAliveInterval > TimeSpan.Zero)
            {
                keepAlive = KeepAliveAsync(stream, _options.Subscriptions.KeepAliveInterval, token);
            }

            await WriteResultsAsync(http, stream, prepared, request, token);
            await stream.WriteCompleteAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client closed the connection (that is how it ends a subscription), or the server is stopping.
        }
        finally
        {
            await cancellation.CancelAsync();
            await keepAlive;
            await expiryWatch;
        }

        if (expiry.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await EndExpiredAsync(http);
        }
    }

    /// <summary>
    /// Cancels <paramref name="expiry"/> when the credentials the request was authenticated with lapse (the
    /// authentication handler's <see cref="AuthenticationProperties.ExpiresUtc"/>,
    /// e.g. a bearer token's exp), so that a stream does not outlive its token.
    /// </summary>
    private static async Task WatchExpiryAsync(HttpContext http, CancellationTokenSource expiry, CancellationToken token)
    {
        if (http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc is { } expiresAt
            && await CredentialExpiry.WaitUntilAsync(expiresAt, http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System, token))
        {
            await expiry.CancelAsync();
        }
    }

    /// <summary>Tells the client why its stream ends, then completes it: it subscribes again with fresh credentials.</summary>
    private static async Task EndExpiredAsync(HttpContext http)
    {
        var stream = new EventStreamWriter(http.Response, http.RequestAborted);
        var error = new GraphQLError("Authentication expired", extensions: new Dictionary<string, object?> { ["code"] = SubscriptionErrorCodes.AuthenticationExpired });
        try
        {
            await stream.WriteNextAsync(new ExecutionResult { Errors = [error] });
            await stream.WriteCompleteAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client is gone already.
        }
    }

    private async Task WriteResultsAsync(HttpContext http, EventStreamWriter stream, PreparedRequest prepared, GraphQLRequest request, CancellationToken token)
    {
        if (prepared.Failure != RequestFailure.None)
        {
            await stream.WriteNextAsync(ExecutionResult.RequestError(prepared.Failure, prepared.Errors));
            return;
        }

        var context = new RequestContext { Services = http.RequestServices, User = http.User, CancellationToken = token };
        try
        {
            if (prepared.OperationType != OperationType.Subscription)
            {
                await stream.WriteNextAsync(await executor.ExecuteAsync(prepared, request, context));
                return;
            }

            var subscription = await executor.SubscribeAsync(prepared, request, context);
            if (subscription.Error is { } failure)
            {
                await stream.WriteNextAsync(failure);
                return;
            }

            await foreach (var result in subscription.Stream!.WithCancellation(token))
            {
                await stream.WriteNextAsync(result);
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException) && !token.IsCancellationRequested)
        {
            // The stream is open with a status of 200, so the failure can only be told as an event. (Failing
            // writes mean the client is gone; StreamAsync ends quietly on those.)
            logger.LogError(e, "A GraphQL operation over Server-Sent Events failed unexpectedly.");
            string message = _options.IncludeExceptionDetails == true
                ? $"Unexpected error: {e.GetType().Name}: {e.Message}"
                : "The server failed to run the operation.";
            var error = new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ExecutionErrorCodes.InternalServerError });
            await stream.WriteNextAsync(new ExecutionResult { Errors = [error] });
        }
    }

    private static async Task KeepAliveAsync(EventStreamWriter stream, TimeSpan interval, CancellationToken token)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                await stream.WriteCommentAsync();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The stream ended.
        }
    }
}
