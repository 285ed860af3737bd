using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Spec §6.3.4 Normal and Serial Execution: query fields run concurrently, mutation root fields strictly in order.</summary>
public class ExecutionOrderTests
{
    private const string Sdl = """
        type Query { left: String right: String }
        type Mutation { changeTheNumber(newNumber: Int!): Holder! failing: Holder! }
        type Holder { theNumber: Int! }
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Sibling_query_fields_run_concurrently()
    {
        // Each field waits until the other has started: serial execution would never finish.
        var leftStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rightStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .Resolve("Query", "left", async _ =>
            {
                leftStarted.SetResult();
                await rightStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "L";
            })
            .Resolve("Query", "right", async _ =>
            {
                rightStarted.SetResult();
                await leftStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "R";
            })
            .Resolve("Mutation", "changeTheNumber", _ => null)
            .Resolve("Mutation", "failing", _ => null)
            .BindType<Holder>("Holder")
            .Build();

        var json = await new RequestExecutor(schema).RunAsync("{ left right }");

        Assert.Equal(Json("{'data':{'left':'L','right':'R'}}"), json);
    }

    [Fact]
    public async Task Cancelling_the_request_cancels_execution_and_reaches_the_resolvers()
    {
        using var cancellation = new CancellationTokenSource();
        var rightObserved = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .Resolve("Query", "left", async context =>
            {
                await cancellation.CancelAsync();
                return "L";
            })
            .Resolve("Query", "right", async context =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    return "R";
                }
                finally
                {
                    rightObserved.SetResult(context.CancellationToken.IsCancellationRequested);
                }
            })
            .Resolve("Mutation", "changeTheNumber", _ => null)
            .Resolve("Mutation", "failing", _ => null)
            .BindType<Holder>("Holder")
            .Build();

        var execution = new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "{ right left }" },
            new RequestContext { CancellationToken = cancellation.Token });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await rightObserved.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_each_completed_before_the_next_starts()
    {
        var events = new List<string>();
        var number = 0;
        var schema = MutationSchema(events, newNumber => number = newNumber, () => number);

        var json = await new RequestExecutor(schema).RunAsync("""
            mutation {
              first: changeTheNumber(newNumber: 1) { theNumber }
              second: changeTheNumber(newNumber: 3) { theNumber }
              third: changeTheNumber(newNumber: 2) { theNumber }
            }
            """);

        Assert.Equal(Json("{'data':{'first':{'theNumber':1},'second':{'theNumber':3},'third':{'theNumber':2}}}"), json);
        Assert.Equal(["start 1", "end 1", "read 1", "start 3", "end 3", "read 3", "start 2", "end 2", "read 2"], events);
    }

    [Fact]
    public async Task A_failed_non_null_mutation_field_nulls_data_and_the_mutations_after_it_do_not_run()
    {
        var events = new List<string>();
        var schema = MutationSchema(events, _ => { }, () => 0);

        var json = await new RequestExecutor(schema).RunAsync("mutation { a: changeTheNumber(newNumber: 1) { theNumber } failing { theNumber } b: changeTheNumber(newNumber: 2) { theNumber } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field Mutation.failing.','locations':[{'line':1,'column':59}],'path':['failing'],'extensions':{'code':'NON_NULL_VIOLATION'}}],'data':null}"),
            json);
        Assert.Equal(["start 1", "end 1", "read 1"], events);
    }

    private static ExecutableSchema MutationSchema(List<string> events, Action<int> set, Func<int> get) =>
        new ExecutableSchemaBuilder(TestSchema)
            .Resolve("Query", "left", _ => null)
            .Resolve("Query", "right", _ => null)
            .Resolve("Mutation", "changeTheNumber", async context =>
            {
                var newNumber = context.Argument<int>("newNumber");
                lock (events)
                {
                    events.Add("start " + newNumber);
                }

                // Later mutations wait less: run concurrently, they would finish first.
                await Task.Delay(30 / newNumber);
                set(newNumber);
                lock (events)
                {
                    events.Add("end " + newNumber);
                }

                return new Holder(newNumber);
            })
            .Resolve("Mutation", "failing", async _ =>
            {
                await Task.Yield();
                return null;
            })
            .Resolve<Holder>("Holder", "theNumber", (holder, _) =>
            {
                lock (events)
                {
                    events.Add("read " + holder.TheNumber);
                }

                return get();
            })
            .Build();

    private sealed record Holder(int TheNumber);
}
