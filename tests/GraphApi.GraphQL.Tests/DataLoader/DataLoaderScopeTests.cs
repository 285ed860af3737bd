using System.Collections.Concurrent;
using GraphApi.GraphQL.DataLoader;

namespace GraphApi.GraphQL.Tests.DataLoader;

public sealed class DataLoaderScopeTests
{
    /// <summary>Any context but the base class itself keeps the runtime from running continuations inline.</summary>
    private sealed class UserInterfaceContext : SynchronizationContext;

    [Fact]
    public async Task HasPending_is_true_while_keys_wait_for_a_dispatch()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        Assert.False(scope.HasPending);
        Assert.True(scope.DispatchAsync(CancellationToken.None).IsCompletedSuccessfully);

        _ = loader.LoadAsync(1);
        Assert.True(scope.HasPending);

        await scope.DispatchAsync(CancellationToken.None);
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task Callers_continue_on_their_values_and_queue_their_next_keys_before_the_dispatch_completes()
    {
        var scope = new DataLoaderScope();
        var bestFriendOf = new RecordingBatchLoader<int, int>(scope, async (keys, _) =>
        {
            await Task.Delay(1);
            return keys.ToDictionary(k => k, k => k + 10);
        });
        var names = Loaders.Echo(scope);
        using var callerCancellation = new CancellationTokenSource();

        async Task<string?> BestFriendName(int id, CancellationToken cancellationToken)
        {
            int friend = await bestFriendOf.LoadAsync(id, cancellationToken);
            return await names.LoadAsync(friend, cancellationToken);
        }

        Task<string?> first = await Loaders.StartOffContext(() => BestFriendName(1, CancellationToken.None));
        Task<string?> second = await Loaders.StartOffContext(() => BestFriendName(2, callerCancellation.Token));
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 2]], bestFriendOf.Calls);
        Assert.Empty(names.Calls);
        Assert.True(scope.HasPending);

        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal([[11, 12]], names.Calls);
        Assert.Equal("v11", await first);
        Assert.Equal("v12", await second);
    }

    [Fact]
    public async Task Callers_continue_inline_even_when_the_dispatch_runs_under_a_synchronization_context()
    {
        var scope = new DataLoaderScope();
        var first = Loaders.Echo(scope);
        var second = Loaders.Echo(scope);
        int continuedOn = 0;

        async Task<string?> Chain()
        {
            await first.LoadAsync(1);
            continuedOn = Environment.CurrentManagedThreadId;
            return await second.LoadAsync(2);
        }

        Task<string?> chain = await Loaders.StartOffContext(Chain);
        SynchronizationContext? previous = SynchronizationContext.Current;
        var context = new UserInterfaceContext();
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            Assert.True(scope.DispatchAsync(CancellationToken.None).IsCompletedSuccessfully);
            Assert.Equal(Environment.CurrentManagedThreadId, continuedOn);
            Assert.True(scope.HasPending);
            Assert.Same(context, SynchronizationContext.Current);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal("v2", await chain);
    }

    [Fact]
    public async Task Keys_queued_during_a_dispatch_wait_for_the_next_even_for_a_loader_of_the_same_dispatch()
    {
        var scope = new DataLoaderScope();
        var first = Loaders.Echo(scope);
        var second = Loaders.Echo(scope);

        async Task<string?> Chain()
        {
            await first.LoadAsync(1);
            return await second.LoadAsync(2);
        }

        Task<string?> chain = await Loaders.StartOffContext(Chain);
        Task<string?> direct = second.LoadAsync(3);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[3]], second.Calls);
        Assert.Equal("v3", await direct);
        Assert.True(scope.HasPending);

        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal([[3], [2]], second.Calls);
        Assert.Equal("v2", await chain);
    }

    [Fact]
    public async Task The_batches_of_different_loaders_run_concurrently()
    {
        var scope = new DataLoaderScope();
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;

        async Task<IReadOnlyDictionary<int, string>> WaitForTheOther(IReadOnlyList<int> keys, CancellationToken _)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return Loaders.Values(keys);
        }

        var first = new RecordingBatchLoader<int, string>(scope, WaitForTheOther);
        var second = new RecordingBatchLoader<int, string>(scope, WaitForTheOther);
        Task<string?> one = first.LoadAsync(1);
        Task<string?> two = second.LoadAsync(2);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal("v1", await one);
        Assert.Equal("v2", await two);
    }

    [Fact]
    public async Task WhenPending_completes_when_a_key_is_queued_but_not_on_the_loading_callers_stack()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        Task whenPending = scope.WhenPending();
        Assert.False(whenPending.IsCompleted);

        int loadingThread = Environment.CurrentManagedThreadId;
        bool insideLoad = false;
        bool ranInsideLoad = true;
        Task observed = whenPending.ContinueWith(
            _ => ranInsideLoad = insideLoad && Environment.CurrentManagedThreadId == loadingThread,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        insideLoad = true;
        _ = loader.LoadAsync(1);
        insideLoad = false;

        await observed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(ranInsideLoad);
        Assert.True(scope.WhenPending().IsCompletedSuccessfully);

        await scope.DispatchAsync(CancellationToken.None);
        Task next = scope.WhenPending();
        Assert.False(next.IsCompleted);
        _ = loader.LoadAsync(2);
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Many_threads_loading_while_another_dispatches_fetch_each_key_once_and_share_its_task()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingBatchLoader<int, string>(scope, async (keys, _) =>
        {
            await Task.Yield();
            return Loaders.Values(keys);
        });
        var loads = new ConcurrentBag<(int Key, Task<string?> Task)>();
        using var stop = new CancellationTokenSource();

        Task dispatcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await scope.DispatchAsync(CancellationToken.None);
                await Task.Yield();
            }
        });
        Task[] callers = [.. Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            var random = new Random(thread);
            for (int i = 0; i < 2_000; i++)
            {
                int key = random.Next(500);
                loads.Add((key, loader.LoadAsync(key)));
            }
        }))];
        await Task.WhenAll(callers);
        stop.Cancel();
        await dispatcher;
        while (scope.HasPending)
        {
            await scope.DispatchAsync(CancellationToken.None);
        }

        foreach ((int key, Task<string?> task) in loads)
        {
            Assert.Equal("v" + key, await task.WaitAsync(TimeSpan.FromSeconds(10)));
        }
        Assert.All(loads.GroupBy(load => load.Key), group => Assert.Single(group.Select(load => load.Task).Distinct()));
        int[] fetched = [.. loader.Calls.SelectMany(call => call)];
        Assert.Equal(fetched.Length, fetched.Distinct().Count());
        Assert.Equal(loads.Select(load => load.Key).Distinct().Order(), fetched.Order());
    }
}
