using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>Task.Delay takes at most about 49 days; later expiries are waited for in steps.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private readonly Lock _expiryLock = new();

    /// <summary>Stops the watch of the current expiry, when credentials are renewed or the session ends.</summary>
    private CancellationTokenSource? _expiryWatch;

    /// <summary>
    /// Closes the socket with 4403 at <paramref name="expiresAt"/> (never when null), replacing the watch of any
    /// earlier expiry: renewed credentials move the deadline.
    /// </summary>
    private void WatchExpiry(DateTimeOffset? expiresAt)
    {
        CancellationTokenSource? watch = null;
        lock (_expiryLock)
        {
            _expiryWatch?.Cancel();
            _expiryWatch?.Dispose();
            _expiryWatch = null;
            if (expiresAt is not null)
            {
                watch = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
                _expiryWatch = watch;
            }
        }

        if (watch is not null)
        {
            Track(CloseWhenExpiredAsync(expiresAt!.Value, watch.Token));
        }
    }

    private async Task CloseWhenExpiredAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var time = _http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        try
        {
            for (var remaining = expiresAt - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = expiresAt - time.GetUtcNow())
            {
                await Task.Delay(remaining < LongestWait ? remaining : LongestWait, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, "Authentication expired");
    }

    /// <summary>
    /// A <c>ping</c> with an object payload on an acknowledged connection: asks the connection handler whether it
    /// carries new credentials and applies its verdict. True when the connection stays open.
    /// </summary>
    private async Task<bool> ReauthenticateAsync(JsonElement payload)
    {
        var handler = _http.RequestServices.GetService<ISubscriptionConnectionHandler>();
        if (handler is null)
        {
            return true;
        }

        SubscriptionConnectionResult? verdict;
        try
        {
            verdict = await handler.OnReauthenticateAsync(new SubscriptionConnectionContext(_http, payload, _user), _lifetime.Token);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The GraphQL WebSocket connection handler failed to re-authenticate a connection.");
            await CloseAsync(
                GraphQLWebSocketCloseCodes.InternalServerError,
                _exposeExceptionMessages ? $"{e.GetType().Name}: {e.Message}" : "Internal server error");
            return false;
        }

        if (verdict is null)
        {
            return true;
        }

        if (!verdict.IsAccepted)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, verdict.RejectionReason ?? "Forbidden");
            return false;
        }

        _user = verdict.User ?? _user;
        WatchExpiry(verdict.ExpiresAt);
        return true;
    }

    private void StopWatchingExpiry()
    {
        lock (_expiryLock)
        {
            _expiryWatch?.Dispose();
            _expiryWatch = null;
        }
    }
}
