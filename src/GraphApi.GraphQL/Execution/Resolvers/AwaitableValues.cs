using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// Values that are still coming: a resolver or property may produce a <see cref="Task{TResult}"/> or a
/// <see cref="ValueTask{TResult}"/> as a plain object (a sync lambda returning <c>repository.GetAsync()</c>,
/// a lazy-loading property). The executor awaits them like graphql-js awaits promises anywhere in a result.
/// Reading the result of a task of unknown T goes through a delegate compiled once per task type.
/// </summary>
internal static class AwaitableValues
{
    private static readonly ConcurrentDictionary<Type, Func<object, Task>?> ValueTaskConverters = new();
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> ResultReaders = new();

    /// <summary>The task behind <paramref name="value"/>, or null when it is not a task or value task.</summary>
    public static Task? AsTask(object value)
    {
        if (value is Task task)
        {
            return task;
        }

        var type = value.GetType();
        if (!type.IsValueType || !type.IsGenericType)
        {
            return null;
        }

        return ValueTaskConverters.GetOrAdd(type, CreateValueTaskConverter)?.Invoke(value);
    }

    /// <summary>The value of a completed task: its result, or null for a task without one.</summary>
    public static async ValueTask<object?> ResultAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return ResultReaders.GetOrAdd(task.GetType(), CreateResultReader)(task);
    }

    /// <summary>Whether a value of static type <paramref name="type"/> can be a task or a boxed <see cref="ValueTask{TResult}"/>.</summary>
    public static bool CanHold(Type type)
    {
        if (type.IsValueType)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ValueTask<>);
        }

        // An interface may be one a value task implements; object and ValueType hold any boxed struct.
        return type.IsInterface || type == typeof(ValueType) || type.IsAssignableFrom(typeof(Task)) || typeof(Task).IsAssignableFrom(type);
    }

    /// <summary>A property or resolver of static type <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> produces T.</summary>
    public static Type Unwrap(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    private static Func<object, Task>? CreateValueTaskConverter(Type type)
    {
        if (type.GetGenericTypeDefinition() != typeof(ValueTask<>))
        {
            return null;
        }

        var boxed = Expression.Parameter(typeof(object), "boxed");
        var asTask = Expression.Call(Expression.Convert(boxed, type), type.GetMethod(nameof(ValueTask<int>.AsTask))!);
        return Expression.Lambda<Func<object, Task>>(asTask, boxed).Compile();
    }

    private static Func<Task, object?> CreateResultReader(Type taskType)
    {
        for (var t = taskType; t is not null && t != typeof(Task); t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Task<>))
            {
                // Task<VoidTaskResult> (the type of some result-less tasks) is not public: it has no value to read.
                if (!t.GetGenericArguments()[0].IsVisible)
                {
                    break;
                }

                var task = Expression.Parameter(typeof(Task), "task");
                var result = Expression.Property(Expression.Convert(task, t), nameof(Task<int>.Result));
                return Expression.Lambda<Func<Task, object?>>(Expression.Convert(result, typeof(object)), task).Compile();
            }
        }

        return static _ => null;
    }
}
