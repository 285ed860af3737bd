using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Events.Outbox;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("OutboxEvents");
        builder.Property(e => e.Type).HasMaxLength(32).IsUnicode(false);

        // Replays read "after a cursor" for one order, one product or one kind of event, in id order.
        builder.HasIndex(e => new { e.OrderId, e.Id });
        builder.HasIndex(e => new { e.ProductId, e.Id });
        builder.HasIndex(e => new { e.Type, e.Id });
        // Retention deletes by age.
        builder.HasIndex(e => e.OccurredAt);
    }
}
