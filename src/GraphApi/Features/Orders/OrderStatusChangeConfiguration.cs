using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Orders;

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> builder)
    {
        builder.Property(c => c.Status).IsStoredByName();
        // An order's history in time order; also serves the foreign key.
        builder.HasIndex(c => new { c.OrderId, c.ChangedAt });
    }
}
