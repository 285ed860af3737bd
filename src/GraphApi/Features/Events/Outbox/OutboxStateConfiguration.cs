using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Events.Outbox;

internal sealed class OutboxStateConfiguration : IEntityTypeConfiguration<OutboxState>
{
    public void Configure(EntityTypeBuilder<OutboxState> builder)
    {
        builder.ToTable("OutboxState");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PublisherId).HasMaxLength(64).IsUnicode(false);

        // The row exists from the start, so that the lease and the positions are single conditional UPDATEs.
        builder.HasData(new OutboxState { Id = OutboxState.SingletonId });
        builder.HasCheckConstraint("CK_OutboxState_Singleton", $"Id = {OutboxState.SingletonId}");
    }
}
