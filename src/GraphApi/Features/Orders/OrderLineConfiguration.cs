using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Orders;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.HasOne(l => l.Product)
            .WithMany()
            .HasForeignKey(l => l.ProductId)
            .OnDelete(DeleteBehavior.Restrict);

        // One line per product and order (more units raise the quantity); it also serves "lines of an order".
        builder.HasIndex(l => new { l.OrderId, l.ProductId }).IsUnique();
        // Sales of a product; also serves the foreign key.
        builder.HasIndex(l => l.ProductId);

        builder.HasCheckConstraint("CK_OrderLines_Quantity", "Quantity > 0");
        builder.HasCheckConstraint("CK_OrderLines_UnitPriceMinor", "UnitPriceMinor >= 0");
        builder.HasCheckConstraint("CK_OrderLines_LineTotalMinor", "LineTotalMinor = UnitPriceMinor * Quantity");
    }
}
