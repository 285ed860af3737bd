using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data;

/// <summary>The shop on SQL Server. A type of its own so that its migrations (Data/Migrations/SqlServer) stay apart.</summary>
public sealed class SqlServerShopDbContext(DbContextOptions<SqlServerShopDbContext> options, TimeProvider clock)
    : ShopDbContext(options, clock);
