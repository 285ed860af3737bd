using GraphApi.GraphQL.DataLoader;

namespace GraphApi.GraphQL.Tests.DataLoader;

public sealed class DataLoaderCancellationTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_dispatch_with_a_cancelled_token_cancels_its_keys_without_fetching_or_caching_them()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        Task<string?> one = loader.LoadAsync(1);

        await scope.DispatchAsync(new CancellationToken(canceled: true));

        Assert.True(one.IsCanceled);
        Assert.Empty(loader.Calls);
        Assert.False(scope.HasPending);
        Task<string?> retry = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal("v1", await retry);
    }

    [Fact]
    public async Task Cancelling_the_dispatch_cancels_the_batch_token_and_the_waiting_loads()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingBatchLoader<int, string>(scope, async (keys, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Loaders.Values(keys);
        });
        using var request = new CancellationTokenSource();
        Task<string?> one = loader.LoadAsync(1);

        Task dispatch = scope.DispatchAsync(request.Token);
        request.Cancel();
        await dispatch.WaitAsync(s_timeout);

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => one);
        Assert.Equal(request.Token, cancelled.CancellationToken);
        Assert.False(loader.LoadAsync(1).IsCompleted);
    }

    [Fact]
    public async Task Waiting_loads_are_cancelled_at_once_even_when_the_batch_function_ignores_its_token()
    {
        var scope = new DataLoaderScope();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new RecordingBatchLoader<int, string>(scope, async (keys, _) =>
        {
            await release.Task;
            return Loaders.Values(keys);
        });
        using var request = new CancellationTokenSource();
        Task<string?> one = loader.LoadAsync(1);

        Task dispatch = scope.DispatchAsync(request.Token);
        request.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => one.WaitAsync(s_timeout));
        Assert.False(dispatch.IsCompleted);
        release.SetResult();
        await dispatch.WaitAsync(s_timeout);
        Assert.True(one.IsCanceled);
    }

    [Fact]
    public async Task Cancelling_the_scope_token_cancels_queued_keys_and_every_later_new_key()
    {
        using var request = new CancellationTokenSource();
        var scope = new DataLoaderScope(request.Token);
        var loader = Loaders.Echo(scope);
        Task<string?> queued = loader.LoadAsync(1);

        request.Cancel();

        Assert.True(queued.IsCanceled);
        Assert.False(scope.HasPending);
        Assert.True(loader.LoadAsync(2).IsCanceled);
        await scope.DispatchAsync(CancellationToken.None);
        Assert.Empty(loader.Calls);
    }

    [Fact]
    public async Task The_scope_token_also_cancels_a_batch_dispatched_with_another_token()
    {
        using var request = new CancellationTokenSource();
        using var executor = new CancellationTokenSource();
        var scope = new DataLoaderScope(request.Token);
        var loader = new RecordingBatchLoader<int, string>(scope, async (keys, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Loaders.Values(keys);
        });
        Task<string?> one = loader.LoadAsync(1);

        Task dispatch = scope.DispatchAsync(executor.Token);
        request.Cancel();
        await dispatch.WaitAsync(s_timeout);

        Assert.True(one.IsCanceled);
        Assert.False(executor.IsCancellationRequested);
    }

    [Fact]
    public void Disposing_the_scope_cancels_queued_keys_and_later_new_keys()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        Task<string?> queued = loader.LoadAsync(1);

        scope.Dispose();

        Assert.True(queued.IsCanceled);
        Assert.True(loader.LoadAsync(2).IsCanceled);
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task A_callers_own_token_cancels_only_its_wait()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        using var caller = new CancellationTokenSource();

        Task<string?> abandoned = loader.LoadAsync(1, caller.Token);
        Task<string?> kept = loader.LoadAsync(1);
        caller.Cancel();
        Assert.True(loader.LoadAsync(2, caller.Token).IsCanceled);

        Assert.True(abandoned.IsCanceled);
        Assert.False(kept.IsCompleted);
        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal("v1", await kept);
        Assert.Equal([[1]], loader.Calls);
    }

    [Fact]
    public void Loads_with_the_scope_token_share_the_key_task()
    {
        using var request = new CancellationTokenSource();
        var scope = new DataLoaderScope(request.Token);
        var loader = Loaders.Echo(scope);

        Assert.Same(loader.LoadAsync(1, request.Token), loader.LoadAsync(1));
    }
}
