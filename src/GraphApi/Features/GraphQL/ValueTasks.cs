namespace GraphApi.Features.GraphQL;

/// <summary>Adapts typed tasks to the <c>ValueTask&lt;object?&gt;</c> resolvers return.</summary>
internal static class ValueTasks
{
    public static async ValueTask<object?> Boxed<T>(Task<T> task) => await task.ConfigureAwait(false);

    public static ValueTask<object?> FromResult(object? value) => new(value);
}
