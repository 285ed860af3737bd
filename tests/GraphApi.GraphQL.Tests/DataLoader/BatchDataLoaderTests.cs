using GraphApi.GraphQL.DataLoader;

namespace GraphApi.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderTests
{
    [Fact]
    public async Task Keys_wait_for_the_dispatch_and_are_fetched_in_one_batch()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);

        Task<string?>[] loads = [loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(3)];
        Assert.All(loads, load => Assert.False(load.IsCompleted));
        Assert.Empty(loader.Calls);

        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 2, 3]], loader.Calls);
        Assert.Equal(new string?[] { "v1", "v2", "v3" }, await Task.WhenAll(loads));
    }

    [Fact]
    public async Task A_key_loaded_twice_is_sent_once_and_both_loads_share_one_task()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);

        Task<string?> first = loader.LoadAsync(1);
        Task<string?> other = loader.LoadAsync(2);
        Task<string?> again = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal([[1, 2]], loader.Calls);
        Assert.Equal("v1", await again);
        Assert.Equal("v2", await other);
    }

    [Fact]
    public async Task A_loaded_key_is_cached_for_later_loads()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        Task<string?> first = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        Task<string?> cached = loader.LoadAsync(1);
        Task<string?> fresh = loader.LoadAsync(4);
        Assert.Same(first, cached);
        Assert.True(cached.IsCompletedSuccessfully);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1], [4]], loader.Calls);
        Assert.Equal("v4", await fresh);
    }

    [Fact]
    public async Task A_key_missing_from_the_dictionary_loads_as_null_or_default()
    {
        var scope = new DataLoaderScope();
        var names = new RecordingBatchLoader<int, string>(scope, (keys, _) =>
            Task.FromResult(Loaders.Values(keys.Where(k => k != 2))));
        var counts = new RecordingBatchLoader<int, int>(scope, (keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, int>>(new Dictionary<int, int> { [1] = 10 }));

        Task<string?> missingName = names.LoadAsync(2);
        Task<string?> name = names.LoadAsync(1);
        Task<int> missingCount = counts.LoadAsync(2);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Null(await missingName);
        Assert.Equal("v1", await name);
        Assert.Equal(0, await missingCount);
    }

    [Fact]
    public async Task An_exception_of_the_batch_fails_every_key_and_is_not_cached()
    {
        var scope = new DataLoaderScope();
        var failure = new InvalidOperationException("store down");
        bool fail = true;
        var loader = new RecordingBatchLoader<int, string>(scope, async (keys, _) =>
        {
            await Task.Yield();
            return fail ? throw failure : Loaders.Values(keys);
        });

        Task<string?> one = loader.LoadAsync(1);
        Task<string?> two = loader.LoadAsync(2);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => one));
        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => two));

        fail = false;
        Task<string?> retry = loader.LoadAsync(1);
        Assert.NotSame(one, retry);
        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal("v1", await retry);
        Assert.Equal([[1, 2], [1]], loader.Calls);
    }

    [Fact]
    public async Task A_batch_function_throwing_before_returning_a_task_fails_every_key()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingBatchLoader<int, string>(scope, (_, _) => throw new FormatException("bad keys"));

        Task<string?> one = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal("bad keys", (await Assert.ThrowsAsync<FormatException>(() => one)).Message);
    }

    [Fact]
    public async Task A_null_dictionary_fails_every_key_with_an_error_naming_the_loader()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingBatchLoader<int, string>(scope, (_, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(null!));

        Task<string?> one = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => one);
        Assert.Equal("RecordingBatchLoader`2.LoadBatchAsync returned null instead of a dictionary.", error.Message);
    }

    [Fact]
    public async Task Per_key_errors_fail_only_their_keys_and_are_cached()
    {
        var scope = new DataLoaderScope();
        var notFound = new KeyNotFoundException("No product 2.");
        var loader = new RecordingBatchLoader<int, string>(scope, (keys, _) =>
        {
            var result = new BatchResult<int, string>();
            foreach (int key in keys)
            {
                if (key == 2)
                {
                    result.AddError(key, notFound);
                }
                else
                {
                    result.Add(key, "v" + key);
                }
            }
            return Task.FromResult<IReadOnlyDictionary<int, string>>(result);
        });

        Task<string?> one = loader.LoadAsync(1);
        Task<string?> two = loader.LoadAsync(2);
        Task<string?> three = loader.LoadAsync(3);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal("v1", await one);
        Assert.Same(notFound, await Assert.ThrowsAsync<KeyNotFoundException>(() => two));
        Assert.Equal("v3", await three);
        Assert.Same(two, loader.LoadAsync(2));
        Assert.False(scope.HasPending);
    }

    [Fact]
    public void BatchResult_keeps_either_a_value_or_an_error_per_key()
    {
        var result = new BatchResult<string, int>(StringComparer.OrdinalIgnoreCase);
        result.Add("a", 1);
        result.AddError("A", new InvalidOperationException());
        result.AddError("b", new InvalidOperationException());
        result.Add("B", 2);

        Assert.False(result.ContainsKey("a"));
        Assert.Equal(["A"], result.Errors.Keys);
        Assert.Equal(2, result["b"]);
        Assert.Equal("B", Assert.Single(result).Key);
    }

    [Fact]
    public async Task Prime_caches_a_value_or_an_error_without_a_batch_and_keeps_an_existing_key()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        var error = new InvalidOperationException("primed");

        loader.Prime(1, "p1").Prime(1, "ignored").Prime(2, error);

        Assert.Equal("p1", await loader.LoadAsync(1));
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(2)));
        Assert.False(scope.HasPending);
        Assert.Empty(loader.Calls);
    }

    [Fact]
    public async Task Clear_then_prime_replaces_a_cached_value()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        loader.Prime(1, "old");

        loader.Clear(1).Prime(1, "new");

        Assert.Equal("new", await loader.LoadAsync(1));
    }

    [Fact]
    public async Task A_cleared_key_is_fetched_again_and_ClearAll_forgets_every_key()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        _ = loader.LoadAsync(1);
        _ = loader.LoadAsync(2);
        await scope.DispatchAsync(CancellationToken.None);

        loader.Clear(1);
        Assert.True(loader.LoadAsync(2).IsCompleted);
        Task<string?> reloaded = loader.LoadAsync(1);
        Assert.False(reloaded.IsCompleted);
        await scope.DispatchAsync(CancellationToken.None);
        Assert.Equal("v1", await reloaded);

        loader.ClearAll();
        _ = loader.LoadAsync(1);
        _ = loader.LoadAsync(2);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 2], [1], [1, 2]], loader.Calls);
    }

    [Fact]
    public async Task Clearing_a_queued_key_neither_sends_it_twice_nor_loses_its_waiting_load()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);

        Task<string?> waiting = loader.LoadAsync(1);
        Task<string?> other = loader.LoadAsync(2);
        loader.Clear(1);
        Task<string?> again = loader.LoadAsync(1);
        loader.ClearAll();
        Task<string?> afterClearAll = loader.LoadAsync(2);
        loader.Clear(1).Prime(1, "primed");
        Task<string?> primed = loader.LoadAsync(1);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 2]], loader.Calls);
        Assert.Same(waiting, again);
        Assert.Same(other, afterClearAll);
        Assert.Equal("v1", await waiting);
        Assert.Equal("primed", await primed);
    }

    [Fact]
    public async Task More_keys_than_the_maximum_batch_size_are_split_into_batches_of_one_dispatch()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope, new DataLoaderOptions { MaxBatchSize = 2 });

        Task<string?>[] loads = [.. Enumerable.Range(1, 5).Select(k => loader.LoadAsync(k))];
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal([[1, 2], [3, 4], [5]], loader.Calls.OrderBy(call => call[0]));
        Assert.Equal(new string?[] { "v1", "v2", "v3", "v4", "v5" }, await Task.WhenAll(loads));
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task By_default_a_dispatch_is_one_batch_however_many_keys()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);

        Task<string?>[] loads = [.. Enumerable.Range(0, 10_000).Select(k => loader.LoadAsync(k))];
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal(10_000, Assert.Single(loader.Calls).Length);
        Assert.Equal("v9999", await loads[^1]);
        Assert.Equal(int.MaxValue, DataLoaderOptions.Default.MaxBatchSize);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoaderOptions { MaxBatchSize = 0 });
    }

    [Fact]
    public async Task The_key_comparer_decides_which_keys_are_the_same()
    {
        var scope = new DataLoaderScope();
        var loader = new RecordingBatchLoader<string, string>(
            scope,
            (keys, _) => Task.FromResult<IReadOnlyDictionary<string, string>>(
                keys.ToDictionary(k => k, k => k.ToUpperInvariant(), StringComparer.OrdinalIgnoreCase)),
            keyComparer: StringComparer.OrdinalIgnoreCase);

        Task<string?> lower = loader.LoadAsync("sku-1");
        Task<string?> upper = loader.LoadAsync("SKU-1");
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Same(lower, upper);
        Assert.Equal([["sku-1"]], loader.Calls);
        Assert.Equal("SKU-1", await upper);
    }

    [Fact]
    public async Task LoadMany_returns_the_values_in_key_order_from_one_batch()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        loader.Prime(3, "p3");

        Task<IReadOnlyList<string?>> many = loader.LoadManyAsync([3, 1, 2, 1]);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal(["p3", "v1", "v2", "v1"], await many);
        Assert.Equal([[1, 2]], loader.Calls);
        Task<IReadOnlyList<string?>> cached = loader.LoadManyAsync([2, 3]);
        Assert.True(cached.IsCompletedSuccessfully);
        Assert.Equal(["v2", "p3"], await cached);
    }

    [Fact]
    public async Task LoadMany_fails_with_the_error_of_the_first_failed_key()
    {
        var scope = new DataLoaderScope();
        var loader = Loaders.Echo(scope);
        loader.Prime(2, new InvalidOperationException("two")).Prime(3, new InvalidOperationException("three"));

        Task<IReadOnlyList<string?>> many = loader.LoadManyAsync([1, 3, 2]);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal("three", (await Assert.ThrowsAsync<InvalidOperationException>(() => many)).Message);
    }
}
