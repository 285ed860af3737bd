namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>Waiting for the moment a connection's credentials lapse, which may be days away.</summary>
internal static class CredentialExpiry
{
    /// <summary>Task.Delay takes at most about 49 days; later times are waited for in steps.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    /// <summary>True once <paramref name="expiresAt"/> has passed by <paramref name="time"/>'s clock; false when cancelled first.</summary>
    public static async Task<bool> WaitUntilAsync(DateTimeOffset expiresAt, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            for (var remaining = expiresAt - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = expiresAt - time.GetUtcNow())
            {
                await Task.Delay(remaining < LongestWait ? remaining : LongestWait, time, cancellationToken);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
