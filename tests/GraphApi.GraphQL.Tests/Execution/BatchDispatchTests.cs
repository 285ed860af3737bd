using GraphApi.GraphQL.DataLoader;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>
/// The executor's side of DataLoader batching: it dispatches only when every running resolver waits, so
/// each loader runs once per list-nesting level whatever the page size. A tiny counting dispatcher stands
/// in for the DataLoader library.
/// </summary>
public class BatchDispatchTests
{
    private const string Sdl = """
        type Query { authors(first: Int!): [Author!]! slowAuthor: Author }
        type Author { id: ID! books(first: Int!): [Book!]! }
        type Book { id: ID! reviews(first: Int!): [Review!]! }
        type Review { stars: Int! reviewer: User }
        type User { name: String! }
        type Subscription { firstBooks(author: ID!): [String!]! }
        """;

    private const string Query = """
        query ($n: Int!) {
          authors(first: $n) { id books(first: $n) { id reviews(first: $n) { stars reviewer { name } } } }
        }
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    public async Task Each_loader_runs_once_per_list_nesting_level_whatever_the_page_size(int pageSize)
    {
        var dispatcher = new CountingDispatcher();
        var (executor, books, reviews, users) = Setup(dispatcher);

        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = Query, Variables = System.Text.Json.JsonDocument.Parse($"{{\"n\":{pageSize}}}").RootElement },
            new RequestContext { BatchDispatcher = dispatcher });

        Assert.Null(result.Errors);
        var authors = (ResultList)result.Data!["authors"]!;
        Assert.Equal(pageSize, authors.Count);
        var lastBook = (ResultList)((ResultMap)authors[^1]!)["books"]!;
        var lastReview = (ResultMap)((ResultList)((ResultMap)lastBook[^1]!)["reviews"]!)[^1]!;
        Assert.Equal($"user {pageSize - 1}", ((ResultMap)lastReview["reviewer"]!)["name"]);
        Assert.Equal([pageSize], books.BatchSizes);
        Assert.Equal([pageSize * pageSize], reviews.BatchSizes);
        Assert.Equal([Math.Min(pageSize, pageSize * pageSize * pageSize)], users.BatchSizes); // reviewers repeat: one key per distinct user
    }

    [Fact]
    public async Task Batching_does_not_depend_on_the_callers_synchronization_context()
    {
        var dispatcher = new CountingDispatcher();
        var (executor, books, reviews, _) = Setup(dispatcher);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new SlowContext());
        Task<ExecutionResult> execution;
        try
        {
            execution = executor.ExecuteAsync(
                new GraphQLRequest { Query = "{ authors(first: 10) { books(first: 2) { reviews(first: 1) { stars } } } }" },
                new RequestContext { BatchDispatcher = dispatcher });
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        var result = await execution;

        Assert.Null(result.Errors);
        Assert.Equal([10], books.BatchSizes);
        Assert.Equal([20], reviews.BatchSizes);
    }

    [Fact]
    public async Task A_resolver_that_loads_after_other_asynchronous_work_wakes_the_executor_to_dispatch()
    {
        var dispatcher = new CountingDispatcher();
        var (executor, books, _, _) = Setup(dispatcher);

        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = "{ slowAuthor { books(first: 2) { id } } }" },
            new RequestContext { BatchDispatcher = dispatcher });

        Assert.Equal(Json("{'data':{'slowAuthor':{'books':[{'id':'a9-b0'},{'id':'a9-b1'}]}}}"), Write(result));
        Assert.Equal([1], books.BatchSizes);
    }

    [Fact]
    public async Task Opening_a_subscription_stream_may_load_through_a_loader()
    {
        var dispatcher = new CountingDispatcher();
        var (executor, books, _, _) = Setup(dispatcher);
        var request = new GraphQLRequest { Query = "subscription { firstBooks(author: \"a4\") }" };

        var subscription = await executor.SubscribeAsync(executor.Prepare(request), request, new RequestContext { BatchDispatcher = dispatcher })
            .WaitAsync(TimeSpan.FromSeconds(10));
        var results = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            results.Add(Write(result));
        }

        Assert.Equal([Json("{'data':{'firstBooks':['a4-b0','a4-b1']}}")], results);
        Assert.Equal([1], books.BatchSizes);
    }

    [Fact]
    public async Task The_dispatcher_is_taken_from_the_request_services_when_the_context_has_none()
    {
        var dispatcher = new CountingDispatcher();
        var (executor, books, _, _) = Setup(dispatcher);

        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = "{ authors(first: 3) { books(first: 1) { id } } }" },
            new RequestContext { Services = new DispatcherServices(dispatcher) });

        Assert.Equal(Json("{'data':{'authors':[{'books':[{'id':'a0-b0'}]},{'books':[{'id':'a1-b0'}]},{'books':[{'id':'a2-b0'}]}]}}"), Write(result));
        Assert.Equal([3], books.BatchSizes);
    }

    private static (RequestExecutor Executor, CountingLoader<string, string[]> Books, CountingLoader<string, int[]> Reviews, CountingLoader<int, string> Users) Setup(CountingDispatcher dispatcher)
    {
        // Every author, book and review has as many children as the largest page asked for.
        var books = dispatcher.Loader<string, string[]>(ids => ids.ToDictionary(id => id, id => Enumerable.Range(0, 25).Select(i => $"{id}-b{i}").ToArray()));
        var reviews = dispatcher.Loader<string, int[]>(ids => ids.ToDictionary(id => id, _ => Enumerable.Range(0, 25).ToArray()));
        var users = dispatcher.Loader<int, string>(ids => ids.ToDictionary(id => id, id => "user " + id));
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .Resolve("Query", "authors", context => Enumerable.Range(0, context.Argument<int>("first")).Select(i => "a" + i).ToArray())
            .Resolve("Query", "slowAuthor", async _ =>
            {
                await Task.Delay(20);
                return "a9";
            })
            .Resolve<string>("Author", "id", (id, _) => id)
            .Resolve<string>("Author", "books", async (id, context) => (await books.LoadAsync(id)).Take(context.Argument<int>("first")))
            .Resolve<string>("Book", "id", (id, _) => id)
            .Resolve<string>("Book", "reviews", async (id, context) => (await reviews.LoadAsync(id)).Take(context.Argument<int>("first")))
            .Resolve<int>("Review", "stars", (n, _) => n % 5)
            .Resolve<int>("Review", "reviewer", async (n, _) => await users.LoadAsync(n))
            .Resolve<string>("User", "name", (name, _) => name)
            .Subscribe("Subscription", "firstBooks", async context =>
            {
                // Opening the stream itself loads through a loader: the executor must dispatch for it.
                var first = await books.LoadAsync(context.Argument<string>("author"));
                return AsyncEnumerable.Repeat<object?>(first.Take(2).ToArray(), 1);
            })
            .Build();
        return (new RequestExecutor(schema), books, reviews, users);
    }

    /// <summary>A context that runs what is posted to it later, on another thread, as a UI or legacy host might.</summary>
    private sealed class SlowContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) =>
            ThreadPool.QueueUserWorkItem(_ =>
            {
                Thread.Sleep(2);
                d(state);
            });
    }

    private sealed class DispatcherServices(IBatchDispatcher dispatcher) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IBatchDispatcher) ? dispatcher : null;
    }

    /// <summary>A minimal dispatcher: loaders queue keys; a dispatch runs one batch per loader with keys, after a yield as real I/O would.</summary>
    private sealed class CountingDispatcher : IBatchDispatcher
    {
        private readonly Lock _lock = new();
        private readonly List<ICountingLoader> _loaders = [];
        private TaskCompletionSource _pending = new();

        public bool HasPending
        {
            get
            {
                lock (_lock)
                {
                    return _loaders.Exists(l => l.HasKeys);
                }
            }
        }

        public CountingLoader<TKey, TValue> Loader<TKey, TValue>(Func<IReadOnlyList<TKey>, Dictionary<TKey, TValue>> fetch)
            where TKey : notnull
        {
            var loader = new CountingLoader<TKey, TValue>(this, fetch);
            lock (_lock)
            {
                _loaders.Add(loader);
            }

            return loader;
        }

        public async Task DispatchAsync(CancellationToken cancellationToken)
        {
            ICountingLoader[] ready;
            lock (_lock)
            {
                ready = _loaders.Where(l => l.HasKeys).ToArray();
            }

            var batches = ready.Select(l => l.TakeBatch()).ToArray();
            await Task.Yield();
            foreach (var complete in batches)
            {
                complete();
            }
        }

        public Task WhenPending()
        {
            lock (_lock)
            {
                if (_loaders.Exists(l => l.HasKeys))
                {
                    return Task.CompletedTask;
                }

                if (_pending.Task.IsCompleted)
                {
                    _pending = new TaskCompletionSource();
                }

                return _pending.Task;
            }
        }

        public void Queued()
        {
            TaskCompletionSource pending;
            lock (_lock)
            {
                pending = _pending;
            }

            pending.TrySetResult();
        }
    }

    private interface ICountingLoader
    {
        bool HasKeys { get; }

        /// <summary>Takes the queued keys; the returned action fetches them and completes their loads.</summary>
        Action TakeBatch();
    }

    private sealed class CountingLoader<TKey, TValue>(CountingDispatcher dispatcher, Func<IReadOnlyList<TKey>, Dictionary<TKey, TValue>> fetch) : ICountingLoader
        where TKey : notnull
    {
        private readonly Lock _lock = new();
        private List<(TKey Key, TaskCompletionSource<TValue> Load)> _queue = [];

        public List<int> BatchSizes { get; } = [];

        public bool HasKeys
        {
            get
            {
                lock (_lock)
                {
                    return _queue.Count > 0;
                }
            }
        }

        public Task<TValue> LoadAsync(TKey key)
        {
            // Continuations run synchronously when the result is set, as the executor expects of loaders.
            var load = new TaskCompletionSource<TValue>();
            lock (_lock)
            {
                _queue.Add((key, load));
            }

            dispatcher.Queued();
            return load.Task;
        }

        public Action TakeBatch()
        {
            List<(TKey Key, TaskCompletionSource<TValue> Load)> batch;
            lock (_lock)
            {
                batch = _queue;
                _queue = [];
                BatchSizes.Add(batch.Select(b => b.Key).Distinct().Count());
            }

            return () =>
            {
                var values = fetch(batch.Select(b => b.Key).Distinct().ToArray());
                foreach (var (key, load) in batch)
                {
                    load.SetResult(values[key]);
                }
            };
        }
    }
}
