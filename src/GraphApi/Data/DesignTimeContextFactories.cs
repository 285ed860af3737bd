using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphApi.Data;

// The dotnet-ef tool creates the provider contexts through these, without starting the host. Adding a migration
// never opens the connection; the app applies migrations itself at start-up (see Data/README.md).

internal sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteShopDbContext>
{
    public SqliteShopDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite("Data Source=data/graphapi.db").Options,
        TimeProvider.System);
}

internal sealed class SqlServerDesignTimeContextFactory : IDesignTimeDbContextFactory<SqlServerShopDbContext>
{
    public SqlServerShopDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqlServerShopDbContext>()
            .UseSqlServer("Server=localhost;Database=GraphApi;Integrated Security=true;TrustServerCertificate=true")
            .Options,
        TimeProvider.System);
}
