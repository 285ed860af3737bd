using System.Runtime.CompilerServices;
using System.Security.Claims;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.Events.Outbox;
using GraphApi.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.Events.Subscriptions;

/// <summary>
/// The source streams of the event subscriptions: live events, preceded — when the client passes the cursor
/// of the last event it received — by the events it missed, with no gap and no duplicate in between.
/// </summary>
/// <remarks>
/// The stream joins the hub first, which gives the position L through which the hub had delivered; every later
/// event comes live (and is buffered meanwhile). The events after the cursor up to L are committed, so they
/// are read from the outbox, in pages. Then the buffered and further live events follow, skipping any id
/// already sent: events arrive in id order, so one number, the last id sent, is the whole de-duplication.
/// </remarks>
public sealed class EventStreams(EventHub hub, OutboxStore store, IEventAccessCheck access, IOptions<EventsOptions> options)
{
    private readonly int _pageSize = options.Value.ReplayPageSize;

    /// <summary>
    /// The outbox id in <paramref name="after"/> (null for none), checked against the outbox before the stream
    /// opens: a cursor that is not one, or is ahead of every event, is a BAD_USER_INPUT error; one older than
    /// retention keeps events is EVENT_CURSOR_EXPIRED.
    /// </summary>
    public async Task<long?> ReadCursorAsync(string? after, CancellationToken cancellationToken)
    {
        if (after is null)
        {
            return null;
        }

        if (!EventCursor.TryDecode(after, out var id))
        {
            throw new FieldErrorException($"Argument \"after\" is not an event cursor of this API: \"{after}\".", EventErrorCodes.BadUserInput);
        }

        var state = await store.ReadStateAsync(cancellationToken);
        if (id < state.PrunedThroughId)
        {
            throw CursorExpired();
        }

        if (id > Math.Max(state.PrunedThroughId, await store.MaxIdAsync(cancellationToken)))
        {
            throw new FieldErrorException(
                $"Argument \"after\" is the cursor of no event of this server: \"{after}\" is ahead of them all.", EventErrorCodes.BadUserInput);
        }

        return id;
    }

    /// <summary>
    /// The events <paramref name="filter"/> matches after the outbox id <paramref name="after"/> (from now on when
    /// null), each checked against <see cref="IEventAccessCheck"/> first when <paramref name="user"/> is signed in.
    /// </summary>
    public async IAsyncEnumerable<StoredEvent> ReadAsync(
        EventFilter filter, long? after, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var live = hub.Subscribe(filter);
        var start = await live.WaitForStartAsync(cancellationToken);
        // A cursor ahead of the hub (another instance got further) only needs the live events after it.
        var sent = Math.Max(after ?? start, start);
        var position = after ?? start;
        while (position < start)
        {
            var (missed, scanned) = await store.ReadRangeAsync(position, start, _pageSize, filter, cancellationToken);
            // Read after the page: if retention had deleted past the position, some of the page may be missing.
            if ((await store.ReadStateAsync(cancellationToken)).PrunedThroughId > position)
            {
                throw CursorExpired();
            }

            foreach (var stored in missed)
            {
                await EnsureAllowedAsync(user, cancellationToken);
                yield return stored;
            }

            position = scanned;
        }

        while (await live.Events.WaitToReadAsync(cancellationToken))
        {
            while (live.Events.TryRead(out var stored))
            {
                if (stored.Id <= sent)
                {
                    continue;
                }

                await EnsureAllowedAsync(user, cancellationToken);
                sent = stored.Id;
                yield return stored;
            }
        }
    }

    private async ValueTask EnsureAllowedAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated == true && await access.FindRevocationAsync(user, cancellationToken) is { } reason)
        {
            throw new FieldErrorException($"Access revoked: {reason}", EventErrorCodes.NotAuthorized);
        }
    }

    private static FieldErrorException CursorExpired() => new(
        "Argument \"after\" is older than the events this server keeps: subscribe without it, and read the current state with a query.",
        EventErrorCodes.CursorExpired);
}
