using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Spec §6.2.3 Subscription: the source stream, each event executed as its own result, cancellation and failures.</summary>
public class SubscriptionTests
{
    private const string Sdl = """
        type Query { a: String }
        type Subscription { ticks(from: Int!): Tick! messages: Message }
        type Tick { n: Int! double: Int! label: String! }
        type Message { text: String! }
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Each_source_event_becomes_one_result_and_the_stream_completes_with_the_source()
    {
        var source = new Source<int>();
        var executor = Executor(source);
        var subscription = await Subscribe(executor, "subscription ($from: Int!) { ticks(from: $from) { n double label } }", "{'from':10}");
        var results = new List<string>();
        var reading = Task.Run(async () =>
        {
            await foreach (var result in subscription.Stream!)
            {
                results.Add(Write(result));
            }
        });

        await source.Writer.WriteAsync(1);
        await source.Writer.WriteAsync(2);
        await source.Writer.WriteAsync(-20); // label fails for negative ticks
        source.Writer.Complete();
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(subscription.Error);
        Assert.Equal(
            [
                Json("{'data':{'ticks':{'n':11,'double':22,'label':'tick 11'}}}"),
                Json("{'data':{'ticks':{'n':12,'double':24,'label':'tick 12'}}}"),
                Json("""{'errors':[{'message':'Negative tick.','locations':[{'line':1,'column':60}],'path':['ticks','label'],'extensions':{'code':'NEGATIVE'}}],'data':null}"""),
            ],
            results);
        Assert.True(source.Disposed);
        Assert.Equal(10, source.From);
    }

    [Fact]
    public async Task Without_a_resolver_the_event_is_the_field_value()
    {
        var messages = new Source<Message>();
        var subscription = await Subscribe(Executor(new Source<int>(), messages), "subscription { messages { text } }");
        await using var events = subscription.Stream!.GetAsyncEnumerator();

        await messages.Writer.WriteAsync(new Message("hi"));
        Assert.True(await events.MoveNextAsync());

        Assert.Equal(Json("{'data':{'messages':{'text':'hi'}}}"), Write(events.Current));
    }

    [Fact]
    public async Task Cancelling_the_request_ends_the_stream_normally_and_disposes_the_source()
    {
        var source = new Source<int>();
        using var cancellation = new CancellationTokenSource();
        var executor = Executor(source);
        var request = new GraphQLRequest { Query = "subscription { ticks(from: 0) { n } }" };
        var subscription = await executor.SubscribeAsync(executor.Prepare(request), request, new RequestContext { CancellationToken = cancellation.Token });
        var count = 0;
        var reading = Task.Run(async () =>
        {
            await foreach (var _ in subscription.Stream!)
            {
                count++;
            }
        });

        await source.Writer.WriteAsync(1);
        await WaitUntil(() => count == 1);
        await cancellation.CancelAsync();
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, count);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Leaving_the_stream_disposes_the_source()
    {
        var source = new Source<int>();
        var subscription = await Subscribe(Executor(source), "subscription { ticks(from: 0) { n } }");

        await source.Writer.WriteAsync(5);
        await foreach (var result in subscription.Stream!)
        {
            Assert.Equal(Json("{'data':{'ticks':{'n':5}}}"), Write(result));
            break;
        }

        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task A_failing_source_ends_the_stream_with_an_error_result()
    {
        var source = new Source<int>();
        var subscription = await Subscribe(Executor(source), "subscription { ticks(from: 0) { n } }");
        var results = new List<string>();

        await source.Writer.WriteAsync(1);
        source.Writer.Complete(new InvalidOperationException("broker down"));
        await foreach (var result in subscription.Stream!)
        {
            results.Add(Write(result));
        }

        Assert.Equal(
            [
                Json("{'data':{'ticks':{'n':1}}}"),
                Json("""{'errors':[{'message':'The event stream of subscription field \u0022Subscription.ticks\u0022 failed.','locations':[{'line':1,'column':16}],'path':['ticks'],'extensions':{'code':'SUBSCRIPTION_FAILED'}}]}"""),
            ],
            results);
    }

    [Fact]
    public async Task A_source_stream_that_cannot_be_created_is_an_error_result_without_data()
    {
        var source = new Source<int> { Refuse = true };

        var subscription = await Subscribe(Executor(source), "subscription { ticks(from: 0) { n } }");

        Assert.Null(subscription.Stream);
        Assert.Equal(
            Json("{'errors':[{'message':'No ticks for you.','locations':[{'line':1,'column':16}],'path':['ticks'],'extensions':{'code':'FORBIDDEN'}}]}"),
            Write(subscription.Error!));
    }

    [Fact]
    public async Task Subscriptions_are_only_subscribed_to_and_queries_only_executed()
    {
        var executor = Executor(new Source<int>());
        var subscription = new GraphQLRequest { Query = "subscription { ticks(from: 0) { n } }" };
        var query = new GraphQLRequest { Query = "{ a }" };

        var executed = await executor.ExecuteAsync(subscription, new RequestContext());
        var subscribed = await executor.SubscribeAsync(executor.Prepare(query), query, new RequestContext());
        var badVariables = await Subscribe(executor, "subscription ($from: Int!) { ticks(from: $from) { n } }");

        Assert.Equal(RequestFailure.OperationNotAllowed, executed.Failure);
        Assert.False(executed.HasData);
        Assert.Equal(RequestFailure.OperationNotAllowed, subscribed.Error!.Failure);
        Assert.Equal(RequestFailure.VariableCoercion, badVariables.Error!.Failure);
    }

    private static async Task<SubscriptionResult> Subscribe(RequestExecutor executor, string query, string? variables = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonDocument.Parse(variables.Replace('\'', '"')).RootElement,
        };
        return await executor.SubscribeAsync(executor.Prepare(request), request, new RequestContext());
    }

    private static RequestExecutor Executor(Source<int> ticks, Source<Message>? messages = null) =>
        new(new ExecutableSchemaBuilder(TestSchema)
            .Resolve("Query", "a", _ => "a")
            .Subscribe("Subscription", "ticks", context => ticks.Open(context.Argument<int>("from"), context.CancellationToken))
            .Resolve("Subscription", "ticks", context => context.ParentAs<int>() + ticks.From)
            .Subscribe("Subscription", "messages", context => (messages ?? new Source<Message>()).Open(0, context.CancellationToken))
            .Resolve<int>("Tick", "n", (n, _) => n)
            .Resolve<int>("Tick", "double", (n, _) => n * 2)
            .Resolve<int>("Tick", "label", (n, _) => n >= 0 ? "tick " + n : throw new FieldErrorException("Negative tick.", "NEGATIVE"))
            .BindType<Message>("Message")
            .Build());

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }

    public sealed record Message(string Text);

    /// <summary>A source stream fed through a channel, recording its argument and its disposal.</summary>
    private sealed class Source<T>
    {
        private readonly Channel<T> _channel = Channel.CreateUnbounded<T>();

        public ChannelWriter<T> Writer => _channel.Writer;

        public int From { get; private set; }

        public bool Refuse { get; init; }

        public volatile bool Disposed;

        public IAsyncEnumerable<T> Open(int from, CancellationToken requestAborted)
        {
            if (Refuse)
            {
                throw new FieldErrorException("No ticks for you.", "FORBIDDEN");
            }

            From = from;
            return Read(requestAborted);
        }

        private async IAsyncEnumerable<T> Read(CancellationToken requestAborted, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                using var both = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, cancellationToken);
                while (await _channel.Reader.WaitToReadAsync(both.Token))
                {
                    while (_channel.Reader.TryRead(out var item))
                    {
                        yield return item;
                    }
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
