using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// One graphql-transport-ws socket, from the upgrade to the close handshake: a receive loop reading the
/// client's messages one at a time, and tasks for what runs beside it (the <c>connection_init</c> handler,
/// each operation, the init timeout, keep-alive pings). Any of them may close the socket; everything
/// stops, and every source stream is disposed, before the session ends.
/// </summary>
internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>How long the other side gets to answer a close frame, and a stuck send to finish, before the socket is aborted.</summary>
    internal static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(3);

    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly RequestExecutor _executor;
    private readonly GraphQLSubscriptionOptions _options;
    private readonly bool _exposeExceptionMessages;
    private readonly CancellationToken _applicationStopping;
    private readonly ILogger _logger;
    private readonly IServiceScopeFactory _scopes;

    /// <summary>Cancelled when the session ends or closes: stops the operations and timers.</summary>
    private readonly CancellationTokenSource _lifetime;

    /// <summary>Cancelled to stop waiting for the client: it is gone, or did not answer our close frame in time.</summary>
    private readonly CancellationTokenSource _receiveAbort;

    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _running = [];

    private int _initReceived;
    private volatile bool _acknowledged;

    /// <summary>Who the operations run as: the connection handler's verdict, or the upgrade request's user.</summary>
    private ClaimsPrincipal _user;

    public GraphQLWebSocketSession(
        HttpContext http,
        WebSocket socket,
        RequestExecutor executor,
        GraphQLSubscriptionOptions options,
        bool exposeExceptionMessages,
        CancellationToken applicationStopping,
        ILogger logger)
    {
        _http = http;
        _socket = socket;
        _executor = executor;
        _options = options;
        _exposeExceptionMessages = exposeExceptionMessages;
        _applicationStopping = applicationStopping;
        _logger = logger;
        _scopes = http.RequestServices.GetRequiredService<IServiceScopeFactory>();
        _user = http.User;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _receiveAbort = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    public async Task RunAsync()
    {
        try
        {
            using (_applicationStopping.Register(() => Track(CloseAsync(GraphQLWebSocketCloseCodes.GoingAway, "Server shutting down"))))
            {
                Track(CloseUnlessInitialisedAsync());
                try
                {
                    await ReceiveLoopAsync();
                }
                finally
                {
                    _closing = true;
                    _lifetime.Cancel();
                }
            }

            await WhenRunningDoneAsync();
            await AnswerClientCloseAsync();
        }
        finally
        {
            StopWatchingExpiry();
            _lifetime.Dispose();
            _receiveAbort.Dispose();
        }
    }

    /// <summary>Runs <paramref name="task"/> beside the receive loop; the session waits for it before it ends.</summary>
    private void Track(Task task)
    {
        lock (_running)
        {
            _running.Add(task);
        }

        _ = task.ContinueWith(
            done =>
            {
                lock (_running)
                {
                    _running.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Waits for the operations (cancelled by now) to dispose their streams. One stuck sending to a client
    /// that reads nothing is released by aborting the socket.
    /// </summary>
    private async Task WhenRunningDoneAsync()
    {
        bool aborted = false;
        while (true)
        {
            Task[] running;
            lock (_running)
            {
                running = [.. _running];
            }

            if (running.Length == 0)
            {
                return;
            }

            var all = Task.WhenAll(running);
            if (aborted)
            {
                await all;
            }
            else if (await Task.WhenAny(all, Task.Delay(CloseTimeout)) != all)
            {
                _socket.Abort();
                aborted = true;
            }
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_lifetime.Token))
            {
                await SendAsync(0, static (writer, _) => ServerMessageWriter.WritePingOrPong(writer, "ping", null));
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }
}
