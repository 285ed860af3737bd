using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Spec §6.3.3 ExecuteCollectedFields, normally: every field starts before any is awaited, so
    /// asynchronous siblings run concurrently. Completes to the result map, or to <see cref="Invalid"/>
    /// when a Non-Null field failed.
    /// </summary>
    private ValueTask<object?> ExecuteSelectionSet(SelectionSetPlan plan, object? parent, ResponsePath? path)
    {
        Context.CancellationToken.ThrowIfCancellationRequested();
        var fields = plan.Fields;
        var map = new ResultMap(plan.Keys);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        var failed = false;
        for (int i = 0; i < fields.Length && !failed; i++)
        {
            var field = fields[i];
            var value = ExecuteField(field, parent, path);
            if (value.IsCompletedSuccessfully)
            {
                var result = value.Result;
                failed = ReferenceEquals(result, Invalid); // the object is null now: the fields after it are not executed
                map.AddValue(result);
            }
            else
            {
                map.AddValue(null);
                (pending ??= []).Add((i, value));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? Invalid : map);
        }

        return AwaitFieldsAsync(map, pending, failed);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, List<(int Index, ValueTask<object?> Value)> pending, bool failed)
    {
        // All siblings are awaited even after one failed, so that none still runs once the result is returned.
        foreach (var (index, value) in pending)
        {
            var result = await value.ConfigureAwait(false);
            failed |= ReferenceEquals(result, Invalid);
            map.SetValue(index, result);
        }

        return failed ? Invalid : map;
    }

    /// <summary>Spec §6.3.4 Normal and Serial Execution: each root field of a mutation completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteSeriallyAsync(SelectionSetPlan plan, object? root)
    {
        var map = new ResultMap(plan.Keys);
        foreach (var field in plan.Fields)
        {
            Context.CancellationToken.ThrowIfCancellationRequested();
            var result = await ExecuteField(field, root, null).ConfigureAwait(false);
            if (ReferenceEquals(result, Invalid))
            {
                return Invalid; // the data entry becomes null, so the mutations after it do not run
            }

            map.AddValue(result);
        }

        return map;
    }

    /// <summary>Spec §6.4 ExecuteField: authorize (when the field requires it), coerce the arguments, resolve the value, complete it.</summary>
    private ValueTask<object?> ExecuteField(FieldPlan field, object? parent, ResponsePath? parentPath)
    {
        var at = new PathRef(parentPath, field.ResponseKey);
        return field.Authorization is null ? ResolveAndComplete(field, parent, at) : ExecuteProtectedField(field, parent, at);
    }

    private ValueTask<object?> ResolveAndComplete(FieldPlan field, object? parent, PathRef at)
    {
        object? resolved;
        switch (field.Kind)
        {
            case FieldKind.TypeName:
                return new ValueTask<object?>(field.ParentType.Name);
            case FieldKind.Getter:
                try
                {
                    // A property ignores the arguments, but invalid ones are still a field error.
                    resolved = field.Getter!(parent, field.Definition.Arguments.Count > 0 ? field.GetArguments(Variables) : FieldPlan.NoArguments);
                }
                catch (Exception e) when (!IsCancellation(e))
                {
                    return new ValueTask<object?>(FieldError(field, field.IsNonNull, at, e));
                }

                if (field.DirectLeafType is { } leafType)
                {
                    return new ValueTask<object?>(resolved is null
                        ? NullValue(field, at, field.IsNonNull)
                        : CompleteLeaf(field, leafType, resolved, at) ?? Completes(at, field.IsNonNull));
                }

                if (!field.MayBeAwaitable)
                {
                    return CompleteResolvedValue(field, field.Type, resolved, at);
                }

                break;
            case FieldKind.Schema:
                resolved = _schema.Schema;
                break;
            case FieldKind.Type:
                try
                {
                    resolved = field.GetArguments(Variables).GetValueOrDefault("name") is string name ? _schema.Schema.GetType(name) : null;
                }
                catch (Exception e) when (!IsCancellation(e))
                {
                    return new ValueTask<object?>(FieldError(field, field.Type.IsNonNull, at, e));
                }

                break;
            default:
                return ResolveField(field, parent, at);
        }

        return CompleteValue(field, field.Type, resolved, at);
    }

    private ValueTask<object?> ResolveField(FieldPlan field, object? parent, PathRef at)
    {
        ValueTask<object?> resolving;
        try
        {
            var resolver = field.Resolver ?? throw new InvalidOperationException($"Field \"{field.Coordinate}\" has no resolver.");
            resolving = resolver(new ResolverContext(this, field, parent, at, field.GetArguments(Variables)));
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return new ValueTask<object?>(FieldError(field, field.Type.IsNonNull, at, e));
        }

        return resolving.IsCompletedSuccessfully
            ? CompleteValue(field, field.Type, resolving.Result, at)
            : AwaitResolverAsync(field, resolving, at);
    }

    private async ValueTask<object?> AwaitResolverAsync(FieldPlan field, ValueTask<object?> resolving, PathRef at)
    {
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return FieldError(field, field.Type.IsNonNull, at, e);
        }

        return await CompleteValue(field, field.Type, resolved, at).ConfigureAwait(false);
    }
}
