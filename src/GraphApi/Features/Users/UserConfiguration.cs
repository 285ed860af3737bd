using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Features.Users;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        // 254 is the longest address SMTP can deliver to (RFC 5321 path limit minus the angle brackets).
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.Role).IsStoredByName();
        builder.Property(u => u.PasswordHash).HasMaxLength(256).IsUnicode(false);
        builder.HasVersionToken();
    }
}
