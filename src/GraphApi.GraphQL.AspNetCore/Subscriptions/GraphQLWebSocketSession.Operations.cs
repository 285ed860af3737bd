using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>
    /// graphql-ws-protocol.md, Subscribe: refused (4401) before the connection is acknowledged and (4409) while
    /// an operation with the same id runs; beyond the per-connection limit the operation gets an
    /// <c>error</c> and the connection stays. Otherwise the operation runs beside the receive loop.
    /// </summary>
    private async Task SubscribeAsync(string id, GraphQLRequest request)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        // Only this loop adds operations, so nothing can slip in between the check and the add.
        if (_operations.ContainsKey(id))
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _options.MaxSubscriptionsPerConnection)
        {
            var error = new GraphQLError(
                $"This connection already runs {_options.MaxSubscriptionsPerConnection} operations, the most it may; complete one first.",
                extensions: new Dictionary<string, object?> { ["code"] = SubscriptionErrorCodes.TooManySubscriptions });
            await SendAsync((id, error), static (writer, state) => ServerMessageWriter.WriteError(writer, state.id, [state.error]));
            return;
        }

        var operation = new Operation(id, CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token));
        _operations[id] = operation;
        Track(Task.Run(() => RunOperationAsync(operation, request)));
    }

    /// <summary>The client's <c>complete</c>: the operation stops and sends nothing more. Unknown ids are ignored, as the protocol allows.</summary>
    private void CompleteFromClient(string id)
    {
        if (_operations.TryGetValue(id, out var operation) && Finish(operation))
        {
            operation.Cancel();
        }
    }

    /// <summary>
    /// Runs one operation in its own service scope, as its own request would: a subscription's results as
    /// <c>next</c> messages until its stream ends, a query's or mutation's one result; then <c>complete</c>.
    /// A request error (the operation never started, or its stream failed) is an <c>error</c> message instead.
    /// </summary>
    private async Task RunOperationAsync(Operation operation, GraphQLRequest request)
    {
        var token = operation.Token;
        try
        {
            var prepared = _executor.Prepare(request);
            if (prepared.Failure != RequestFailure.None)
            {
                await FinishWithErrorsAsync(operation, prepared.Errors);
                return;
            }

            await using var scope = _scopes.CreateAsyncScope();
            var context = new RequestContext { Services = scope.ServiceProvider, User = _user, CancellationToken = token };
            if (prepared.OperationType == OperationType.Subscription)
            {
                var subscription = await _executor.SubscribeAsync(prepared, request, context);
                if (subscription.Error is { } failure)
                {
                    await FinishWithErrorsAsync(operation, failure.Errors ?? []);
                    return;
                }

                await foreach (var result in subscription.Stream!.WithCancellation(token))
                {
                    if (IsRequestError(result))
                    {
                        await FinishWithErrorsAsync(operation, result.Errors!);
                        return;
                    }

                    await SendAsync((operation.Id, result), static (writer, state) => ServerMessageWriter.WriteNext(writer, state.Id, state.result), operation);
                }
            }
            else
            {
                var result = await _executor.ExecuteAsync(prepared, request, context);
                if (IsRequestError(result))
                {
                    await FinishWithErrorsAsync(operation, result.Errors!);
                    return;
                }

                await SendAsync((operation.Id, result), static (writer, state) => ServerMessageWriter.WriteNext(writer, state.Id, state.result), operation);
            }

            // A cancelled stream ends quietly: the client completed it, or the socket is closing.
            if (!token.IsCancellationRequested && Finish(operation))
            {
                await SendAsync(operation.Id, static (writer, id) => ServerMessageWriter.WriteComplete(writer, id));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the socket is closing.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The GraphQL operation {Id} on a WebSocket failed unexpectedly.", operation.Id);
            string message = _exposeExceptionMessages ? $"Unexpected error: {e.GetType().Name}: {e.Message}" : "The server failed to run the operation.";
            await FinishWithErrorsAsync(operation, [new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ExecutionErrorCodes.InternalServerError })]);
        }
        finally
        {
            Finish(operation);
            operation.Dispose();
        }
    }

    /// <summary>
    /// A request error result (spec §7.1 Request Error Result: errors and no data) — the operation never
    /// started — or the last result of a stream whose source failed.
    /// </summary>
    private static bool IsRequestError(ExecutionResult result) =>
        !result.HasData && result.Data is null && result.Errors is { Count: > 0 };

    private async Task FinishWithErrorsAsync(Operation operation, IReadOnlyList<GraphQLError> errors)
    {
        if (Finish(operation))
        {
            await SendAsync((operation.Id, errors), static (writer, state) => ServerMessageWriter.WriteError(writer, state.Id, state.errors));
        }
    }

    /// <summary>
    /// Marks the operation finished and frees its id; true for the one caller that did, which alone may send
    /// its last message. The id is freed before that message leaves, so a client reusing it on receipt is
    /// never mistaken for a duplicate.
    /// </summary>
    private bool Finish(Operation operation)
    {
        if (!operation.TryFinish())
        {
            return false;
        }

        _operations.TryRemove(KeyValuePair.Create(operation.Id, operation));
        return true;
    }

    /// <summary>A running operation: its id and the cancellation the client's <c>complete</c> or the socket's end triggers.</summary>
    private sealed class Operation(string id, CancellationTokenSource cancellation) : IDisposable
    {
        private int _finished;

        public string Id { get; } = id;

        public CancellationToken Token { get; } = cancellation.Token;

        public bool IsFinished => Volatile.Read(ref _finished) == 1;

        public bool TryFinish() => Interlocked.Exchange(ref _finished, 1) == 0;

        public void Cancel()
        {
            try
            {
                cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The operation ended on its own meanwhile.
            }
        }

        public void Dispose() => cancellation.Dispose();
    }
}
