using GraphApi.Data;
using GraphApi.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.Mutations;

/// <summary>
/// Placing orders and moving them through their statuses, each in one transaction (see
/// <see cref="Features.Mutations.ShopTransaction"/>). Callers have checked who the viewer is and what they may do;
/// these methods enforce the rules of the data: stock, ownership as a filter, status transitions, idempotency.
/// Each writes its events (<see cref="OrderPlaced"/>, <see cref="OrderStatusChanged"/>) to the outbox in its
/// transaction, so that subscribers hear of committed changes only.
/// </summary>
public sealed partial class OrderMutations(IDbContextFactory<ShopDbContext> contexts, IEventOutbox outbox, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
