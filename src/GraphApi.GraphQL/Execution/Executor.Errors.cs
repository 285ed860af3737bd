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
        return nonNull ? Invalid : null;
    }

    /// <summary>Reports a field error with its message and code, and returns what the position completes to.</summary>
    private object? Fail(FieldPlan field, bool nonNull, PathRef at, string message, string code)
    {
        Report(field, at.Materialize(), message, code);
        return nonNull ? Invalid : null;
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
            (_errors ??= []).Add(error);
        }

        return error;
    }
}
