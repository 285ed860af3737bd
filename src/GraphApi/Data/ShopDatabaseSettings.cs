using Microsoft.Data.Sqlite;

namespace GraphApi.Data;

/// <summary>Which database the shop uses and how to reach it, resolved once from configuration at start-up.</summary>
public sealed record ShopDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The embedded database file when <c>ConnectionStrings:Shop</c> is not set, under the content root.</summary>
    public const string DefaultSqlitePath = "data/graphapi.db";

    /// <summary>
    /// Reads <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>SqlServer</c>), <c>ConnectionStrings:Shop</c>
    /// (required for SQL Server) and <c>Database:SqlitePath</c> (SQLite without a connection string; relative paths
    /// are under <paramref name="contentRootPath"/>).
    /// </summary>
    public static ShopDatabaseSettings FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        var providerName = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName)
            && (!Enum.TryParse(providerName, ignoreCase: true, out provider) || !Enum.IsDefined(provider)))
        {
            throw new InvalidOperationException(
                $"Database:Provider \"{providerName}\" is not supported; use \"Sqlite\" or \"SqlServer\".");
        }

        var connectionString = configuration.GetConnectionString("Shop");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new ShopDatabaseSettings(provider, connectionString);
        }

        if (provider == DatabaseProvider.SqlServer)
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Shop is required when Database:Provider is \"SqlServer\".");
        }

        var path = configuration["Database:SqlitePath"];
        var file = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path, contentRootPath);
        return new ShopDatabaseSettings(provider, new SqliteConnectionStringBuilder { DataSource = file }.ToString());
    }

    /// <summary>The SQLite database file, or null for SQL Server and in-memory SQLite databases.</summary>
    public string? SqliteFile
    {
        get
        {
            if (Provider != DatabaseProvider.Sqlite)
            {
                return null;
            }

            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            var inMemory = builder.Mode == SqliteOpenMode.Memory
                || string.IsNullOrEmpty(builder.DataSource)
                || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
            return inMemory ? null : Path.GetFullPath(builder.DataSource);
        }
    }
}
