using System.Collections.Concurrent;
using GraphApi.GraphQL.DataLoader;

namespace GraphApi.GraphQL.Tests.DataLoader;

/// <summary>A batch loader running the test's batch function and recording the keys of every call.</summary>
internal sealed class RecordingBatchLoader<TKey, TValue>(
    DataLoaderScope scope,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load,
    DataLoaderOptions? options = null,
    IEqualityComparer<TKey>? keyComparer = null)
    : BatchDataLoader<TKey, TValue>(scope, options, keyComparer)
    where TKey : notnull
{
    private readonly ConcurrentQueue<TKey[]> _calls = new();

    public IReadOnlyList<TKey[]> Calls => _calls.ToArray();

    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        _calls.Enqueue(keys.ToArray());
        return load(keys, cancellationToken);
    }
}

/// <summary>A group loader running the test's batch function and recording the keys of every call.</summary>
internal sealed class RecordingGroupLoader<TKey, TValue>(
    DataLoaderScope scope,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> load,
    DataLoaderOptions? options = null)
    : GroupDataLoader<TKey, TValue>(scope, options)
    where TKey : notnull
{
    private readonly ConcurrentQueue<TKey[]> _calls = new();

    public IReadOnlyList<TKey[]> Calls => _calls.ToArray();

    protected override Task<ILookup<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        _calls.Enqueue(keys.ToArray());
        return load(keys, cancellationToken);
    }
}

internal static class Loaders
{
    /// <summary>Loads "v{key}" for every key, synchronously.</summary>
    public static RecordingBatchLoader<int, string> Echo(DataLoaderScope scope, DataLoaderOptions? options = null) =>
        new(scope, (keys, _) => Task.FromResult(Values(keys)), options);

    public static IReadOnlyDictionary<int, string> Values(IEnumerable<int> keys) =>
        keys.ToDictionary(k => k, k => "v" + k);

    /// <summary>
    /// Starts <paramref name="start"/> on the thread pool, where (as in ASP.NET Core) no synchronization
    /// context defers its continuations, and returns its task once it has run up to its first wait.
    /// </summary>
    public static async Task<Task<T>> StartOffContext<T>(Func<Task<T>> start)
    {
        Task<T>? started = null;
        await Task.Run(() => { started = start(); });
        return started!;
    }
}
