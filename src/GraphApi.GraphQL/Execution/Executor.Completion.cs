using System.Collections;
using GraphApi.GraphQL.Execution.Plan;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Spec §6.4.3 CompleteValue. Completes to the response value, to null after a field error in a
    /// nullable position, or to <see cref="Invalid"/> when a Non-Null position failed (spec §6.4.4).
    /// </summary>
    private ValueTask<object?> CompleteValue(FieldPlan field, GraphQLType type, object? value, PathRef at) =>
        value is not null && AwaitableValues.AsTask(value) is { } pending
            ? CompleteAwaitedAsync(field, type, pending, at)
            : CompleteResolvedValue(field, type, value, at);

    /// <summary>CompleteValue of a value that is not a task.</summary>
    private ValueTask<object?> CompleteResolvedValue(FieldPlan field, GraphQLType type, object? value, PathRef at)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            nonNull = true;
            type = nonNullType.OfType;
        }

        if (value is null)
        {
            return new ValueTask<object?>(NullValue(field, at, nonNull));
        }

        switch (type)
        {
            case ListType list:
                return CompleteList(field, list, value, at, nonNull);
            case ObjectType objectType:
                return CompleteObject(field, objectType, value, at, nonNull);
            case InterfaceType or UnionType:
                var resolved = ResolveAbstractType(field, (NamedType)type, value, at);
                return resolved is null
                    ? new ValueTask<object?>(Completes(at, nonNull))
                    : CompleteObject(field, resolved, value, at, nonNull);
            default:
                return new ValueTask<object?>(CompleteLeaf(field, (NamedType)type, value, at) ?? Completes(at, nonNull));
        }
    }

    /// <summary>What a null value completes to: null, or a field error in a Non-Null position.</summary>
    private object? NullValue(FieldPlan field, PathRef at, bool nonNull) =>
        nonNull ? Fail(field, true, at, $"Cannot return null for non-nullable field {field.Coordinate}.", ExecutionErrorCodes.NonNullViolation) : null;

    /// <summary>A task in place of a value: its result is the value (a failed task is a field error).</summary>
    private async ValueTask<object?> CompleteAwaitedAsync(FieldPlan field, GraphQLType type, Task pending, PathRef at)
    {
        object? value;
        try
        {
            value = await AwaitableValues.ResultAsync(pending).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return FieldError(field, type.IsNonNull, at, e);
        }

        return await CompleteValue(field, type, value, at).ConfigureAwait(false);
    }

    private ValueTask<object?> CompleteObject(FieldPlan field, ObjectType type, object value, PathRef at, bool nonNull)
    {
        var plan = field.GetSubPlan(type);
        return plan.Authorization is null ? ExecuteObject(plan, value, at, nonNull) : CompleteProtectedObject(field, plan, value, at, nonNull);
    }

    private ValueTask<object?> ExecuteObject(SelectionSetPlan plan, object value, PathRef at, bool nonNull)
    {
        var result = ExecuteSelectionSet(plan, value, at.Materialize());
        if (result.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(NullIfInvalid(result.Result, at, nonNull));
        }

        return AwaitCompositeAsync(result, at, nonNull);
    }

    private async ValueTask<object?> AwaitCompositeAsync(ValueTask<object?> result, PathRef at, bool nonNull) =>
        NullIfInvalid(await result.ConfigureAwait(false), at, nonNull);

    /// <summary>A failed Non-Null child nulls this position, which propagates further only if it is Non-Null too.</summary>
    private object? NullIfInvalid(object? result, PathRef at, bool nonNull) =>
        ReferenceEquals(result, Invalid) ? Completes(at, nonNull) : result;

    private ValueTask<object?> CompleteList(FieldPlan field, ListType type, object value, PathRef at, bool nonNull)
    {
        if (value is string || value is not IEnumerable enumerable)
        {
            return new ValueTask<object?>(Fail(
                field,
                nonNull,
                at,
                $"Expected a list for field \"{field.Coordinate}\", but the resolver returned a {ClrTypeNames.Display(value.GetType())}.",
                ExecutionErrorCodes.InvalidResult));
        }

        // Lists (IList) and read-only lists of a reference type (IReadOnlyList<object?> by covariance, such as
        // the schema's name maps) are read in place; any other sequence is read into a list first.
        var items = enumerable as IList;
        var readOnlyItems = items is null ? enumerable as IReadOnlyList<object?> : null;
        if (items is null && readOnlyItems is null)
        {
            try
            {
                items = Materialize(enumerable);
            }
            catch (Exception e) when (!IsCancellation(e))
            {
                return new ValueTask<object?>(FieldError(field, nonNull, at, e));
            }
        }

        var count = items?.Count ?? readOnlyItems!.Count;
        var path = at.Materialize();
        var itemType = type.OfType;
        var list = new ResultList(count);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        var failed = false;
        for (int i = 0; i < count && !failed; i++)
        {
            var item = CompleteValue(field, itemType, items is not null ? items[i] : readOnlyItems![i], new PathRef(path, i));
            if (item.IsCompletedSuccessfully)
            {
                var result = item.Result;
                failed = ReferenceEquals(result, Invalid); // the list is null now: the items after it are not completed
                list.Add(result);
            }
            else
            {
                list.Add(null);
                (pending ??= []).Add((i, item));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? Completes(at, nonNull) : list);
        }

        return AwaitItemsAsync(list, pending, failed, at, nonNull);
    }

    private async ValueTask<object?> AwaitItemsAsync(ResultList list, List<(int Index, ValueTask<object?> Value)> pending, bool failed, PathRef at, bool nonNull)
    {
        foreach (var (index, value) in pending)
        {
            var result = await value.ConfigureAwait(false);
            failed |= ReferenceEquals(result, Invalid);
            list[index] = result;
        }

        return failed ? Completes(at, nonNull) : list;
    }

    /// <summary>A lazy sequence is read once, before its items complete, so that reading it cannot fail halfway through.</summary>
    private static List<object?> Materialize(IEnumerable enumerable)
    {
        var items = new List<object?>();
        foreach (var item in enumerable)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Result coercion of a scalar or enum value (spec §6.4.3 CoerceResult); null after reporting a field error.</summary>
    private object? CompleteLeaf(FieldPlan field, NamedType type, object value, PathRef at)
    {
        if (type is EnumType enumType)
        {
            var name = (field.Enum ?? _schema.GetEnumMap(enumType)).Serialize(value);
            if (name is null)
            {
                Fail(field, false, at, $"Enum \"{enumType.Name}\" cannot represent value: {Describe(value)}", ExecutionErrorCodes.InvalidResult);
            }

            return name;
        }

        try
        {
            var coercer = field.Scalar ?? _schema.Scalars.Get(type.Name)
                ?? throw new InvalidOperationException($"The scalar \"{type.Name}\" has no coercer.");
            var result = coercer.Serialize(value);
            if (result is null)
            {
                Fail(field, false, at, $"Scalar \"{type.Name}\" cannot represent value: {Describe(value)}.", ExecutionErrorCodes.InvalidResult);
            }

            return result;
        }
        catch (ScalarCoercionException e)
        {
            Fail(field, false, at, e.Message, ExecutionErrorCodes.InvalidResult);
            return null;
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            FieldError(field, false, at, e);
            return null;
        }
    }

    /// <summary>Spec §6.4.3 ResolveAbstractType; null after reporting a field error.</summary>
    private ObjectType? ResolveAbstractType(FieldPlan field, NamedType abstractType, object value, PathRef at)
    {
        ObjectType? resolved;
        try
        {
            resolved = _schema.ResolveAbstractType(abstractType, value);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            FieldError(field, false, at, e);
            return null;
        }

        if (resolved is null)
        {
            Fail(
                field,
                false,
                at,
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\": "
                + $"no possible type is bound to the CLR type {ClrTypeNames.Display(value.GetType())}, and no ResolveType chose one.",
                ExecutionErrorCodes.InvalidResult);
        }
        else if (!_schema.Schema.IsPossibleType(abstractType, resolved))
        {
            Fail(field, false, at, $"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".", ExecutionErrorCodes.InvalidResult);
            return null;
        }

        return resolved;
    }

    private static string Describe(object value) => value is string s ? "\"" + s + "\"" : value.ToString() ?? value.GetType().Name;
}
