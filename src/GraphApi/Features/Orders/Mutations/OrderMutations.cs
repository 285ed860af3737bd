using GraphApi.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.Mutations;

/// <summary>
/// Placing orders and moving them through their statuses, each in one transaction (see
/// <see cref="Features.Mutations.ShopTransaction"/>). Callers have checked who the viewer is and what they may do;
/// these methods enforce the rules of the data: stock, ownership as a filter, status transitions, idempotency.
/// </summary>
public sealed partial class OrderMutations(IDbContextFactory<ShopDbContext> contexts, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
