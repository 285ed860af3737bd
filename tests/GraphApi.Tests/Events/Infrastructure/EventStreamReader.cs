using System.Threading.Channels;
using GraphApi.Features.Events.Bus;
using GraphApi.Tests.Subscriptions;

namespace GraphApi.Tests.Events.Infrastructure;

/// <summary>Reads a source event stream in the background, so that a test can take its events as they come, or its failure.</summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly Channel<StoredEvent> _events = Channel.CreateUnbounded<StoredEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    public EventStreamReader(Func<CancellationToken, IAsyncEnumerable<StoredEvent>> stream) =>
        _reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var stored in stream(_stop.Token))
                {
                    _events.Writer.TryWrite(stored);
                }

                _events.Writer.TryComplete();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                _events.Writer.TryComplete();
            }
            catch (Exception e)
            {
                _events.Writer.TryComplete(e);
            }
        });

    /// <summary>The next <paramref name="count"/> events, waiting for them.</summary>
    public async Task<List<StoredEvent>> TakeAsync(int count)
    {
        var taken = new List<StoredEvent>();
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        while (taken.Count < count)
        {
            try
            {
                taken.Add(await _events.Reader.ReadAsync(timeout.Token));
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Only {taken.Count} of {count} events arrived: {string.Join(", ", taken.Select(e => e.Id))}.");
            }
        }

        return taken;
    }

    /// <summary>The exception the stream ended with.</summary>
    public async Task<Exception> FailureAsync()
    {
        using var timeout = new CancellationTokenSource(SubscriptionHost.Patience);
        try
        {
            while (await _events.Reader.WaitToReadAsync(timeout.Token))
            {
                _events.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail("The stream did not end.");
        }
        catch (Exception e)
        {
            return e;
        }

        Assert.Fail("The stream ended without an error.");
        return null!;
    }

    /// <summary>Whether an event is waiting, after giving the system <paramref name="grace"/> to deliver one.</summary>
    public async Task<bool> HasMoreAsync(TimeSpan grace)
    {
        await Task.Delay(grace);
        return _events.Reader.TryPeek(out _);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
