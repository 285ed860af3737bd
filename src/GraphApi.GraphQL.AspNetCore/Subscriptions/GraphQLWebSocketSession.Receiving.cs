using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>
    /// Reads messages until the client's close frame, or until the socket fails or is aborted. After the
    /// server has closed, messages still arriving are read and dropped while waiting for the client's answer.
    /// </summary>
    private async Task ReceiveLoopAsync()
    {
        using var message = new MessageBuffer(_options.MaxMessageBytes);
        try
        {
            while (await ReceiveMessageAsync(message))
            {
                if (message.IsTooBig)
                {
                    await CloseAsync(GraphQLWebSocketCloseCodes.MessageTooBig, $"Message too big: the limit is {_options.MaxMessageBytes} bytes");
                }
                else if (!_closing)
                {
                    await HandleAsync(message.Content);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away without a close frame, or did not answer ours in time.
        }
    }

    /// <summary>
    /// Reads one message, all its frames, into <paramref name="message"/>, or only as far as the limit: a
    /// message too big is refused without waiting for the rest (frames still arriving are read, and dropped, as
    /// the socket closes). False when the client's close frame came instead.
    /// </summary>
    private async Task<bool> ReceiveMessageAsync(MessageBuffer message)
    {
        message.Clear();
        while (true)
        {
            var received = await _socket.ReceiveAsync(message.FreeSpace(), _receiveAbort.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            message.Advance(received.Count);
            if (received.EndOfMessage || message.IsTooBig)
            {
                return true;
            }
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        if (!ClientMessageReader.TryRead(utf8, out var message, out var error))
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, error);
            return;
        }

        switch (message.Type)
        {
            case ClientMessageType.ConnectionInit:
                if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                {
                    await CloseAsync(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                    return;
                }

                // The handler may take a while (e.g. fetching signing keys); meanwhile pings are answered and an
                // early subscribe is refused.
                var payload = message.Payload;
                Track(Task.Run(() => InitializeAsync(payload)));
                break;
            case ClientMessageType.Ping:
                // A ping may carry renewed credentials; its pong then tells the client they are in effect.
                if (_acknowledged && message.Payload is { ValueKind: JsonValueKind.Object } credentials && !await ReauthenticateAsync(credentials))
                {
                    return;
                }

                await SendAsync(message.Payload, static (writer, payload) => ServerMessageWriter.WritePingOrPong(writer, "pong", payload));
                break;
            case ClientMessageType.Pong:
                // An answer to our keep-alive ping, or the client's own heartbeat: nothing to do.
                break;
            case ClientMessageType.Subscribe:
                await SubscribeAsync(message.Id!, message.Request!);
                break;
            case ClientMessageType.Complete:
                CompleteFromClient(message.Id!);
                break;
        }
    }

    /// <summary>Asks the <see cref="ISubscriptionConnectionHandler"/>, if any, and acknowledges the connection or closes it.</summary>
    private async Task InitializeAsync(JsonElement? payload)
    {
        SubscriptionConnectionResult verdict;
        try
        {
            var handler = _http.RequestServices.GetService<ISubscriptionConnectionHandler>();
            verdict = handler is null
                ? SubscriptionConnectionResult.Accept()
                : await handler.OnConnectAsync(new SubscriptionConnectionContext(_http, payload), _lifetime.Token)
                    ?? throw new InvalidOperationException($"{handler.GetType().Name}.OnConnectAsync returned null.");
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The GraphQL WebSocket connection handler failed.");
            await CloseAsync(
                GraphQLWebSocketCloseCodes.InternalServerError,
                _exposeExceptionMessages ? $"{e.GetType().Name}: {e.Message}" : "Internal server error");
            return;
        }

        if (!verdict.IsAccepted)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, verdict.RejectionReason ?? "Forbidden");
            return;
        }

        _user = verdict.User ?? _http.User;
        WatchExpiry(verdict.ExpiresAt);

        // Acknowledged before the ack leaves, so that a subscribe sent on receiving it is never refused; the
        // expiry is watched before, so that a re-authentication on receiving it is never overtaken.
        _acknowledged = true;
        await SendAsync(verdict.AcknowledgementPayload, static (writer, payload) => ServerMessageWriter.WriteConnectionAck(writer, payload));
        if (_options.KeepAliveInterval > TimeSpan.Zero)
        {
            Track(KeepAliveAsync());
        }
    }
}
