using GraphApi.Data;

namespace GraphApi.Features.Events;

/// <summary>
/// The transactional outbox: how a mutation records the events of its change so that they are delivered if,
/// and only if, the change is committed.
/// </summary>
/// <example>
/// Inside the mutation's transaction, before its last <c>SaveChangesAsync</c>:
/// <code>
/// db.Orders.Add(order);
/// await db.SaveChangesAsync(ct);                      // the order gets its id
/// outbox.Add(db, new OrderPlaced(order.Id, order.CustomerId, order.TotalMinor, order.Currency));
/// await db.SaveChangesAsync(ct);                      // the event is written in the same transaction
/// </code>
/// </example>
public interface IEventOutbox
{
    /// <summary>
    /// Adds <paramref name="e"/> to <paramref name="db"/>'s outbox; the context's next <c>SaveChanges</c> writes it,
    /// in the transaction the context is in. Committing a transaction while an added event is still unsaved
    /// throws, so an event cannot be forgotten silently. A rolled-back transaction takes its events with it.
    /// </summary>
    void Add(ShopDbContext db, ShopEvent e);
}
