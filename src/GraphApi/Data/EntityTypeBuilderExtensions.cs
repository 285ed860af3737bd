using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphApi.Data;

/// <summary>Mappings several entity configurations share, so that each is written (and reviewed) once.</summary>
internal static class EntityTypeBuilderExtensions
{
    /// <summary>Maps <see cref="IVersioned.Version"/> as the optimistic concurrency token.</summary>
    public static EntityTypeBuilder<T> HasVersionToken<T>(this EntityTypeBuilder<T> builder)
        where T : class, IVersioned
    {
        // By name: a lambda over T would reach the member through the interface, which EF Core 6 rejects.
        builder.Property<long>(nameof(IVersioned.Version)).IsConcurrencyToken();
        return builder;
    }

    /// <summary>An ISO 4217 code: three ASCII letters, char(3) on SQL Server.</summary>
    public static PropertyBuilder<string> IsCurrencyCode(this PropertyBuilder<string> property) =>
        property.HasMaxLength(3).IsFixedLength().IsUnicode(false);

    /// <summary>Stores an enum by its name, readable in SQL and safe against reordering the members.</summary>
    public static PropertyBuilder<TEnum> IsStoredByName<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum =>
        property.HasConversion<string>().HasMaxLength(16).IsUnicode(false);
}
