using System.Net.WebSockets;
using System.Text.Json;
using GraphApi.GraphQL.Execution.Serialization;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>A WebSocket takes one send at a time; every message and the close frame go through this lock.</summary>
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>Set once either side has closed: nothing more is sent.</summary>
    private volatile bool _closing;

    /// <summary>Set under the send lock when our close frame is on its way.</summary>
    private bool _closeSent;

    /// <summary>
    /// Sends one message, written by <paramref name="write"/> before the lock is taken. Skipped (false) once the
    /// socket is closing, or when <paramref name="whileActive"/> has finished meanwhile — a client's
    /// <c>complete</c> means no more results for that id. A failed send means the client is gone: the socket
    /// is aborted, which ends the receive loop and with it the session.
    /// </summary>
    private async Task<bool> SendAsync<TState>(TState state, Action<Utf8JsonWriter, TState> write, Operation? whileActive = null)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResultWriter.WriterOptions))
        {
            write(writer, state);
        }

        try
        {
            await _sendLock.WaitAsync(_http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            if (_closing || whileActive is { IsFinished: true })
            {
                return false;
            }

            await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _http.RequestAborted);
            return true;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            _closing = true;
            _socket.Abort();
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Closes the socket with <paramref name="code"/>: sends the close frame, stops the operations, and gives
    /// the client <see cref="CloseTimeout"/> to answer before the receive loop gives up on it. Only the first
    /// close counts.
    /// </summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (!await _sendLock.WaitAsync(CloseTimeout))
        {
            // A send is stuck on a client that reads nothing; it will not read a close frame either.
            _closing = true;
            _socket.Abort();
            return;
        }

        try
        {
            if (_closing)
            {
                return;
            }

            _closing = true;
            _closeSent = true;
            _logger.LogDebug("Closing a GraphQL WebSocket with {Code}: {Reason}", code, reason);
            using var timeout = new CancellationTokenSource(CloseTimeout);
            await _socket.CloseOutputAsync(GraphQLWebSocketCloseCodes.Status(code), GraphQLWebSocketCloseCodes.LimitReason(reason), timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            _socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }

        CancelQuietly(_lifetime);
        CancelQuietly(_receiveAbort, CloseTimeout);
    }

    /// <summary>
    /// When the client closed first, answers with the same code (RFC 6455 §5.5.1): 1000 for the normal
    /// closure the protocol asks clients to use.
    /// </summary>
    private async Task AnswerClientCloseAsync()
    {
        if (_socket.State != WebSocketState.CloseReceived || _closeSent)
        {
            if (_socket.State is not (WebSocketState.Closed or WebSocketState.CloseReceived))
            {
                _socket.Abort();
            }

            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout);
            var status = _socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure;
            if (status == WebSocketCloseStatus.Empty)
            {
                status = WebSocketCloseStatus.NormalClosure;
            }

            await _socket.CloseOutputAsync(status, null, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            _socket.Abort();
        }
    }

    /// <summary>Cancels, now or after <paramref name="delay"/>, unless the session has already disposed the source.</summary>
    private static void CancelQuietly(CancellationTokenSource source, TimeSpan? delay = null)
    {
        try
        {
            if (delay is { } after)
            {
                source.CancelAfter(after);
            }
            else
            {
                source.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // The session is over.
        }
    }
}
