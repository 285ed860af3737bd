using GraphApi.GraphQL.DataLoader;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.2 Executing Operations) for one request — or one subscription event —
/// from its plan. Field values flow back as <see cref="ValueTask{TResult}"/>s, so fields whose resolvers
/// complete synchronously run without allocating tasks; asynchronous siblings run concurrently.
/// </summary>
internal sealed partial class Executor
{
    /// <summary>
    /// What a Non-Null position that failed completes to (spec §6.4.4): its error is already reported,
    /// and the nearest nullable parent position must become null.
    /// </summary>
    private static readonly object Invalid = new();

    private readonly ExecutableSchema _schema;
    private readonly ExecutionOptions _options;
    private readonly PlanVariant _plan;
    private readonly IBatchDispatcher? _dispatcher;
    private readonly Lock _errorsLock = new();
    private List<GraphQLError>? _errors;
    private HashSet<ResponsePath>? _discarded;
    private bool _rootDiscarded;

    public Executor(ExecutableSchema schema, ExecutionOptions options, RequestContext context, PlanVariant plan, IReadOnlyDictionary<string, object?> variables)
    {
        _schema = schema;
        _options = options;
        _plan = plan;
        Context = context;
        Variables = variables;
        _dispatcher = context.BatchDispatcher ?? context.Services.GetService(typeof(IBatchDispatcher)) as IBatchDispatcher;
    }

    public RequestContext Context { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>
    /// ExecuteQuery and ExecuteMutation (spec §6.2.1, §6.2.2), and ExecuteSubscriptionEvent (§6.2.3.2)
    /// with the event as <paramref name="rootValue"/>: the root selection set, serially for a mutation.
    /// </summary>
    /// <exception cref="OperationCanceledException">The request was cancelled.</exception>
    public async Task<ExecutionResult> ExecuteAsync(object? rootValue)
    {
        var root = _plan.Root;
        ValueTask<object?> data;

        // Resolvers start without the caller's synchronization context, so that their continuations run
        // where their awaited work completes — inline when a DataLoader batch sets its results, which is
        // what lets the fields below them queue keys before the next dispatch (see DriveAsync).
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            data = _plan.Operation.Operation.Operation == OperationType.Mutation
                ? ExecuteSeriallyAsync(root, rootValue)
                : ExecuteSelectionSet(root, rootValue, null);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        var value = data.IsCompletedSuccessfully ? data.Result : await DriveAsync(data.AsTask()).ConfigureAwait(false);
        return new ExecutionResult { Data = value as ResultMap, HasData = true, Errors = _errors };
    }

    /// <summary>
    /// Waits for the asynchronous part of an execution, dispatching DataLoader batches whenever every
    /// resolver still running waits: resolvers queue their keys, and only when none can progress is
    /// a batch run, so each loader runs once per list-nesting level whatever the list sizes.
    /// </summary>
    /// <remarks>
    /// This relies on loaders completing their waiting resolvers within <c>DispatchAsync</c> (continuations
    /// run synchronously when the results are set): the fields below them then run and queue their
    /// keys before the next dispatch.
    /// </remarks>
    private async Task<T> DriveAsync<T>(Task<T> root)
    {
        if (_dispatcher is null)
        {
            return await root.ConfigureAwait(false);
        }

        while (!root.IsCompleted)
        {
            if (_dispatcher.HasPending)
            {
                await _dispatcher.DispatchAsync(Context.CancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.WhenAny(root, _dispatcher.WhenPending()).ConfigureAwait(false);
            }
        }

        return await root.ConfigureAwait(false);
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && Context.CancellationToken.IsCancellationRequested;
}
