using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Spec §6.2.3 Subscribe: CreateSourceEventStream, then MapSourceToResponseEvent. Failing to create the
    /// source stream — or being denied the field, checked before the stream opens — is an error result with no data.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(object? rootValue)
    {
        var fields = _plan.Root.Fields;
        if (fields.Length != 1)
        {
            var message = $"Subscription \"{_plan.Operation.Operation.Name?.Value ?? "(anonymous)"}\" must select exactly one top level field, but selects {fields.Length}.";
            return SubscriptionResult.Failed(new ExecutionResult
            {
                Errors = [new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ExecutionErrorCodes.SubscriptionFailed })],
            });
        }

        var field = fields[0];
        var at = new PathRef(null, field.ResponseKey);
        if (field.Authorization is not null && !await AuthorizeSubscriptionAsync(field, rootValue, at).ConfigureAwait(false))
        {
            return SubscriptionResult.Failed(new ExecutionResult { Errors = _errors });
        }

        IAsyncEnumerable<object?> source;
        try
        {
            var subscribe = field.Subscribe ?? throw new InvalidOperationException($"Field \"{field.Coordinate}\" has no source event stream.");
            var opening = subscribe(new ResolverContext(this, field, rootValue, at, field.GetArguments(Variables)));
            source = opening.IsCompletedSuccessfully ? opening.Result : await DriveAsync(opening.AsTask()).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            FieldError(field, false, at, e);
            return SubscriptionResult.Failed(new ExecutionResult { Errors = _errors });
        }

        return SubscriptionResult.Streaming(MapSourceToResponseEvent(source, field));
    }

    /// <summary>
    /// Spec §6.2.3.2 MapSourceToResponseEvent: each source event is executed as its own operation with the
    /// event as root value. Cancelling the response stream (or the request) ends it normally and disposes
    /// the source; a failing source ends it with one error result.
    /// </summary>
    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        IAsyncEnumerable<object?> source,
        FieldPlan field,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Context.CancellationToken, cancellationToken);
        var events = source.GetAsyncEnumerator(cancellation.Token);
        try
        {
            while (true)
            {
                var (moved, failure) = await MoveNextAsync(events, cancellation.Token).ConfigureAwait(false);
                if (failure is not null)
                {
                    yield return SourceStreamError(field, failure);
                    yield break;
                }

                if (!moved)
                {
                    yield break;
                }

                var perEvent = new Executor(_schema, _options, Context, _plan, Variables);
                ExecutionResult result;
                try
                {
                    result = await perEvent.ExecuteAsync(events.Current).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    yield break;
                }

                yield return result;
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async ValueTask<(bool Moved, Exception? Failure)> MoveNextAsync(IAsyncEnumerator<object?> events, CancellationToken cancellationToken)
    {
        try
        {
            return (await events.MoveNextAsync().ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (false, null);
        }
        catch (Exception e)
        {
            return (false, e);
        }
    }

    private ExecutionResult SourceStreamError(FieldPlan field, Exception exception)
    {
        var message = exception is FieldErrorException || _options.ExposeExceptionMessages
            ? exception.Message
            : $"The event stream of subscription field \"{field.Coordinate}\" failed.";
        var error = new GraphQLError(
            message,
            GraphQLError.LocationsOf(_plan.Operation.Source, field.Nodes),
            [field.ResponseKey],
            new Dictionary<string, object?> { ["code"] = (exception as FieldErrorException)?.Code ?? ExecutionErrorCodes.SubscriptionFailed });
        if (exception is not FieldErrorException)
        {
            _options.OnException?.Invoke(exception, error);
        }

        return new ExecutionResult { Errors = [error] };
    }
}
