using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Products;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Sku).HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Currency).IsCurrencyCode();
        builder.HasVersionToken();

        builder.HasOne(p => p.Category)
            .WithMany(c => c.Products)
            .HasForeignKey(p => p.CategoryId)
            .OnDelete(DeleteBehavior.Restrict);

        // Each listing order ends with Id so that keyset pagination has a unique, stable key. The category index
        // also serves the foreign key and "products of a category by name"; (Name, Id) serves the name sort
        // (a "name contains" filter scans it: no B-tree helps an infix match).
        builder.HasIndex(p => new { p.CategoryId, p.Name, p.Id });
        builder.HasIndex(p => new { p.Name, p.Id });
        builder.HasIndex(p => new { p.PriceMinor, p.Id });
        builder.HasIndex(p => new { p.CreatedAt, p.Id });
        builder.HasIndex(p => p.StockQuantity);

        builder.HasCheckConstraint("CK_Products_PriceMinor", "PriceMinor >= 0");
        builder.HasCheckConstraint("CK_Products_StockQuantity", "StockQuantity >= 0");
    }
}
