using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data;

/// <summary>The shop on SQLite. A type of its own so that its migrations (Data/Migrations/Sqlite) stay apart.</summary>
public sealed class SqliteShopDbContext(DbContextOptions<SqliteShopDbContext> options, TimeProvider clock)
    : ShopDbContext(options, clock);
