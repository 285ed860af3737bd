using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Status).IsStoredByName();
        builder.Property(o => o.Currency).IsCurrencyCode();
        builder.Property(o => o.IdempotencyKey).HasMaxLength(64).IsUnicode(false);
        builder.HasVersionToken();

        builder.HasOne(o => o.Customer)
            .WithMany()
            .HasForeignKey(o => o.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines)
            .WithOne(l => l.Order)
            .HasForeignKey(l => l.OrderId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.StatusHistory)
            .WithOne()
            .HasForeignKey(c => c.OrderId)
            .OnDelete(DeleteBehavior.Cascade);

        // A customer's orders, newest first, paged by (PlacedAt, Id); also serves the foreign key.
        builder.HasIndex(o => new { o.CustomerId, o.PlacedAt, o.Id });
        // Keys are per customer: two customers may happen to pick the same one.
        builder.HasIndex(o => new { o.CustomerId, o.IdempotencyKey }).IsUnique();
        // All orders (admin views), optionally by status, paged by (PlacedAt, Id).
        builder.HasIndex(o => new { o.PlacedAt, o.Id });
        builder.HasIndex(o => new { o.Status, o.PlacedAt, o.Id });

        builder.HasCheckConstraint("CK_Orders_TotalMinor", "TotalMinor >= 0");
    }
}
