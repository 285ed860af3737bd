using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution.Plan;

namespace GraphApi.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Reports an exception raised at a response position (spec §6.4.4) and returns what the position
    /// completes to. A <see cref="FieldErrorException"/> speaks to the client; any other exception's
    /// message is shown only when the options allow it.
    /// </summary>
    private object? FieldError(FieldPlan field, bool nonNull, PathRef at, Exception exception)
    {
        if (exception is FieldErrorException fieldError)
        {
            return Fail(field, nonNull, at, fieldError.Message, fieldError.Code);
        }

        var message = _options.ExposeExceptionMessages ? exception.Message : $"Unexpected error resolving field \"{field.Coordinate}\".";
        var error = Report(field, at.Materialize(), message, ExecutionErrorCodes.InternalServerError);
        _options.OnException?.Invoke(exception, error);
        return Completes(at, nonNull);
    }

    /// <summary>Reports a field error with its message and code, and returns what the position completes to.</summary>
    private object? Fail(FieldPlan field, bool nonNull, PathRef at, string message, string code)
    {
        Report(field, at.Materialize(), message, code);
        return Completes(at, nonNull);
    }

    /// <summary>
    /// What a failed position completes to. A failed Non-Null position dooms the object or list holding
    /// it, which will be nulled (or dropped with a doomed ancestor): errors raised inside it from now on
    /// concern positions absent from the response, so they are not reported — as graphql-js does.
    /// </summary>
    private object? Completes(PathRef at, bool nonNull)
    {
        if (!nonNull)
        {
            return null;
        }

        Discard(at.Parent);
        return Invalid;
    }

    private void Discard(ResponsePath? container)
    {
        lock (_errorsLock)
        {
            if (container is null)
            {
                _rootDiscarded = true;
            }
            else
            {
                (_discarded ??= new HashSet<ResponsePath>(ReferenceEqualityComparer.Instance)).Add(container);
            }
        }
    }

    private GraphQLError Report(FieldPlan field, ResponsePath path, string message, string code)
    {
        var error = new GraphQLError(
            message,
            GraphQLError.LocationsOf(_plan.Operation.Source, field.Nodes),
            path.ToArray(),
            new Dictionary<string, object?>(1) { ["code"] = code });
        lock (_errorsLock)
        {
            if (!IsDiscarded(path))
            {
                (_errors ??= []).Add(error);
            }
        }

        return error;
    }

    private bool IsDiscarded(ResponsePath path)
    {
        if (_rootDiscarded)
        {
            return true;
        }

        if (_discarded is null)
        {
            return false;
        }

        for (var p = path.Parent; p is not null; p = p.Parent)
        {
            if (_discarded.Contains(p))
            {
                return true;
            }
        }

        return false;
    }
}
