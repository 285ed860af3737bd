using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.Tests.Subscriptions;

/// <summary>
/// A schema with the streams the host's own cannot show: one that ends by itself, one that fails midway,
/// one that cannot start, one that never ends; and a query telling who the operation runs as. The
/// <see cref="StreamProbe"/> counts the streams open, so tests see them disposed.
/// </summary>
public static class StreamingSchema
{
    public static ExecutableSchema Build(StreamProbe probe) =>
        new ExecutableSchemaBuilder(SchemaBuilder.Build("""
            type Query {
              whoami: String
              hello: String
            }
            type Subscription {
              countdown(from: Int!): Int!
              failAfter(events: Int!): Int!
              unavailable: Int!
              forever: Int!
            }
            """))
            .Resolve("Query", "whoami", context => context.User.Identity?.Name)
            .Resolve("Query", "hello", _ => "hi")
            .Subscribe("Subscription", "countdown", context => probe.Track(Countdown(context.Argument<int>("from"))))
            .Subscribe("Subscription", "failAfter", context => probe.Track(FailAfter(context.Argument<int>("events"))))
            .Subscribe<int>("Subscription", "unavailable", _ => throw new FieldErrorException("The source is unavailable.", "UNAVAILABLE"))
            .Subscribe("Subscription", "forever", context => probe.Track(Forever(context.CancellationToken)))
            .Build();

    private static async IAsyncEnumerable<int> Countdown(int from)
    {
        for (int i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> FailAfter(int events)
    {
        for (int i = 1; i <= events; i++)
        {
            await Task.Yield();
            yield return i;
        }

        throw new FieldErrorException("The source broke down.", "SOURCE_BROKEN");
    }

    private static async IAsyncEnumerable<int> Forever([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int i = 1; ; i++)
        {
            await Task.Delay(50, cancellationToken);
            yield return i;
        }
    }
}

/// <summary>Counts the source streams that are open: started and not yet disposed.</summary>
public sealed class StreamProbe
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public async IAsyncEnumerable<T> Track<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _open);
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }
}
