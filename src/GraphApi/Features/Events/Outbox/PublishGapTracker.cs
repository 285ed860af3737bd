namespace GraphApi.Features.Events.Outbox;

/// <summary>
/// Decides how far the publisher may go through the committed rows it read. Ids are handed out when rows are
/// inserted but become visible when their transaction commits, which on SQL Server need not be in id order: a
/// missing id below visible ones may still be on its way. Publishing past it would deliver it out of order
/// later, or never, so the publisher stops there — until <see cref="EventsOptions.GapTimeout"/> has passed
/// since it first saw the gap, when the id is taken for a rolled-back insert.
/// </summary>
public sealed class PublishGapTracker(TimeSpan timeout)
{
    private long _gapAt;
    private DateTime _gapSeenAt;

    /// <summary>The rows that may be published now (a prefix of <paramref name="rows"/>, which follow <paramref name="position"/> in id order) and the position after them.</summary>
    public (List<OutboxEvent> Rows, long Position) Take(long position, IReadOnlyList<OutboxEvent> rows, DateTime now)
    {
        var taken = new List<OutboxEvent>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Id != position + 1)
            {
                if (_gapAt != position + 1)
                {
                    _gapAt = position + 1;
                    _gapSeenAt = now;
                }

                if (now - _gapSeenAt < timeout)
                {
                    break;
                }
            }

            taken.Add(row);
            position = row.Id;
        }

        return (taken, position);
    }
}
