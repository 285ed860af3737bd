using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphApi.Data;

/// <summary>
/// Keeps every <see cref="DateTime"/> in UTC: neither SQLite (text) nor SQL Server (datetime2) stores the kind,
/// so values come back as <see cref="DateTimeKind.Utc"/> and local times are converted before they are written.
/// </summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(
            value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
            stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc))
    {
    }
}
