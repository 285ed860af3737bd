using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Caching;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against an executable schema (spec §6.1 Executing Requests). Thread-safe; make one
/// per schema and share it: it caches parsed and validated documents and compiled operation plans, so a
/// repeated request is neither parsed nor validated again.
/// </summary>
public sealed class RequestExecutor
{
    public RequestExecutor(ExecutableSchema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        Documents = new DocumentCache(schema.Schema, Options.DocumentCacheSize, Options.ParserOptions, Options.ValidationOptions);
        Plans = new PlanCache(Options.PlanCacheSize);
    }

    public ExecutableSchema Schema { get; }

    public ExecutionOptions Options { get; }

    internal DocumentCache Documents { get; }

    internal PlanCache Plans { get; }

    /// <summary>
    /// Parses (cached), validates (cached) and chooses the operation (spec §6.1 GetOperation). Never throws
    /// for bad input: the result's <see cref="PreparedRequest.Failure"/> and errors say what is wrong.
    /// </summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Query))
        {
            return PreparedRequest.Failed(RequestFailure.MissingQuery, [RequestError("Must provide a query string.", ExecutionErrorCodes.MissingQuery)]);
        }

        var cached = Documents.Get(request.Query);
        if (cached.Failure != RequestFailure.None)
        {
            return PreparedRequest.Failed(cached.Failure, cached.Errors, cached.Document);
        }

        var document = cached.Document!;
        var operation = GetOperation(document, request.OperationName, out var error);
        if (operation is null)
        {
            return PreparedRequest.Failed(RequestFailure.UnknownOperation, [error!], document);
        }

        return PreparedRequest.Ready(document, Plans.Get(Schema, cached, operation));
    }

    /// <summary>
    /// Executes a prepared query or mutation: coerces the variables (spec §6.1.2; failing is a request error
    /// with <see cref="RequestFailure.VariableCoercion"/>), then runs the operation.
    /// </summary>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    public Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, GraphQLRequest request, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (prepared.Plan is not { } plan)
        {
            return Task.FromResult(ExecutionResult.RequestError(prepared.Failure, prepared.Errors));
        }

        if (plan.Operation.Operation == OperationType.Subscription)
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestFailure.OperationNotAllowed,
                [RequestError("A subscription has a stream of results, not one: subscribe to it (RequestExecutor.SubscribeAsync) over a streaming transport.", ExecutionErrorCodes.SubscriptionFailed)]));
        }

        var variables = VariableCoercion.Coerce(Schema.Schema, Schema.Scalars, plan.Operation, request.Variables, plan.Source);
        if (variables.Errors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.RequestError(RequestFailure.VariableCoercion, variables.Errors));
        }

        var executor = new Executor(Schema, Options, context, plan.GetVariant(variables.Values), variables.Values);
        return executor.ExecuteAsync(Schema.GetRootValue(plan.Operation.Operation));
    }

    /// <summary>Prepares and executes a query or mutation.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext context) =>
        ExecuteAsync(Prepare(request), request, context);

    /// <summary>
    /// Subscribes (spec §6.2.3 Subscribe): either an error result (request errors, or the source stream
    /// could not be created), or the response stream.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(PreparedRequest prepared, GraphQLRequest request, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (prepared.Plan is not { } plan)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(prepared.Failure, prepared.Errors));
        }

        if (plan.Operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(
                RequestFailure.OperationNotAllowed,
                [RequestError($"SubscribeAsync runs subscriptions; this operation is a {plan.Operation.Operation.ToString().ToLowerInvariant()}: execute it with ExecuteAsync.", ExecutionErrorCodes.SubscriptionFailed)]));
        }

        var variables = VariableCoercion.Coerce(Schema.Schema, Schema.Scalars, plan.Operation, request.Variables, plan.Source);
        if (variables.Errors.Count > 0)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(RequestFailure.VariableCoercion, variables.Errors));
        }

        var executor = new Executor(Schema, Options, context, plan.GetVariant(variables.Values), variables.Values);
        return await executor.SubscribeAsync(Schema.GetRootValue(OperationType.Subscription)).ConfigureAwait(false);
    }

    /// <summary>Spec §6.1 GetOperation.</summary>
    private static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? count == 1 : operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        error = null;
        if (operationName is null && count > 1)
        {
            error = RequestError("Must provide operation name if query contains multiple operations.", ExecutionErrorCodes.OperationResolutionFailure);
            return null;
        }

        if (found is null)
        {
            error = operationName is null
                ? RequestError("Must provide an operation.", ExecutionErrorCodes.OperationResolutionFailure)
                : RequestError($"Unknown operation named \"{operationName}\".", ExecutionErrorCodes.OperationResolutionFailure);
        }

        return found;
    }

    private static GraphQLError RequestError(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
