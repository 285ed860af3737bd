using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Tests.Infrastructure;

/// <summary>Contexts for inspecting a provider's model and migrations; none of them ever opens a connection.</summary>
public static class ProviderContexts
{
    public static ShopDbContext Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteShopDbContext(
            new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite("Data Source=unused.db").Options,
            TimeProvider.System),
        DatabaseProvider.SqlServer => new SqlServerShopDbContext(
            new DbContextOptionsBuilder<SqlServerShopDbContext>().UseSqlServer("Server=unused;Database=GraphApi").Options,
            TimeProvider.System),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
