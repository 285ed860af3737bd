using GraphApi.Data;
using GraphApi.Features.Events;
using GraphApi.Features.Mutations;
using GraphApi.Features.Products.Mutations;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.Mutations;

public sealed partial class OrderMutations
{
    /// <summary>
    /// Cancels an order of <paramref name="customerId"/>'s (orders of others are not found) and returns its units to
    /// stock.
    /// </summary>
    public Task<MutationResult<int>> CancelOrderAsync(int customerId, int orderId, CancellationToken cancellationToken) =>
        ChangeStatusAsync(orderId, customerId, OrderStatus.Cancelled, cancellationToken);

    /// <summary>
    /// Moves any order to <paramref name="status"/> if <see cref="OrderStatusTransitions"/> allows it; cancelling
    /// returns its units to stock.
    /// </summary>
    public Task<MutationResult<int>> UpdateOrderStatusAsync(int orderId, OrderStatus status, CancellationToken cancellationToken) =>
        ChangeStatusAsync(orderId, null, status, cancellationToken);

    private Task<MutationResult<int>> ChangeStatusAsync(int orderId, int? ownerId, OrderStatus to, CancellationToken cancellationToken) =>
        ShopTransaction.RunAsync<int>(
            contexts,
            async (db, ct) =>
            {
                var now = Now;
                OrderStatus from;
                int customerId;
                while (true)
                {
                    var orders = db.Orders.Where(o => o.Id == orderId);
                    if (ownerId is { } owner)
                    {
                        orders = orders.Where(o => o.CustomerId == owner);
                    }

                    var current = await orders.Select(o => new { o.Status, o.CustomerId }).FirstOrDefaultAsync(ct);
                    if (current is null)
                    {
                        return OrderNotFoundError.For(orderId);
                    }

                    (from, customerId) = (current.Status, current.CustomerId);

                    if (!OrderStatusTransitions.IsAllowed(from, to))
                    {
                        return InvalidOrderStatusTransitionError.For(orderId, from, to);
                    }

                    if (await TrySetStatusAsync(db, orderId, from, to, now, ct))
                    {
                        break;
                    }

                    // Another request moved the order since it was read (on SQL Server; on SQLite the transaction
                    // holds the write lock): decide again from its new status. Orders only move forward, so this
                    // ends after at most as many rounds as there are statuses.
                }

                db.OrderStatusChanges.Add(new OrderStatusChange { OrderId = orderId, Status = to, ChangedAt = now });
                outbox.Add(db, new OrderStatusChanged(orderId, customerId, from, to));
                await db.SaveChangesAsync(ct);
                if (to == OrderStatus.Cancelled)
                {
                    await ReturnToStockAsync(db, orderId, now, ct);
                }

                return MutationResult<int>.Success(orderId);
            },
            cancellationToken);

    /// <summary>Sets the status only if it is still <paramref name="from"/>: a compare-and-set in one statement.</summary>
    private static async Task<bool> TrySetStatusAsync(
        ShopDbContext db, int orderId, OrderStatus from, OrderStatus to, DateTime now, CancellationToken cancellationToken)
    {
        // Statuses are stored by name (see OrderStatusChangeConfiguration and OrderConfiguration).
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE Orders SET Status = {to.ToString()}, Version = Version + 1, UpdatedAt = {now}
            WHERE Id = {orderId} AND Status = {from.ToString()}
            """,
            cancellationToken);
        return updated == 1;
    }

    private static async Task ReturnToStockAsync(ShopDbContext db, int orderId, DateTime now, CancellationToken cancellationToken)
    {
        var lines = await db.OrderLines.AsNoTracking()
            .Where(l => l.OrderId == orderId)
            .OrderBy(l => l.ProductId)
            .Select(l => new { l.ProductId, l.Quantity })
            .ToListAsync(cancellationToken);
        foreach (var line in lines)
        {
            if (!await ProductStock.TryAdjustAsync(db, line.ProductId, line.Quantity, now, cancellationToken))
            {
                // Products are never deleted while ordered (the foreign key restricts it), so only a stock at the
                // top of its range gets here; failing rolls the cancellation back rather than losing the units.
                throw new InvalidOperationException(
                    $"Cannot return {line.Quantity} units of product {line.ProductId} to stock: it would exceed {int.MaxValue}.");
            }
        }
    }
}
