using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphApi.Features.Hello;

/// <summary>
/// An in-memory event source: every greeting published reaches every subscriber at the time. One per
/// process, so it suits a single server instance.
/// </summary>
public sealed class GreetingEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<Greeting>> _subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Publish(Greeting greeting)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(greeting);
            }
        }
    }

    /// <summary>The greetings published from now until <paramref name="cancellationToken"/> fires or the enumeration stops.</summary>
    public async IAsyncEnumerable<Greeting> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<Greeting>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        try
        {
            await foreach (var greeting in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return greeting;
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
