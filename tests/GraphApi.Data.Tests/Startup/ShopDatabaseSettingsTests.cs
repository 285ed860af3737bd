using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GraphApi.Data.Tests.Startup;

public sealed class ShopDatabaseSettingsTests
{
    private static ShopDatabaseSettings Resolve(params (string Key, string Value)[] values) =>
        ShopDatabaseSettings.FromConfiguration(
            new ConfigurationBuilder()
                .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
                .Build(),
            "/srv/graphapi");

    [Fact]
    public void By_default_the_database_is_an_SQLite_file_under_the_content_root()
    {
        var settings = Resolve();

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("/srv/graphapi/data/graphapi.db", settings.SqliteFile);
        Assert.Equal("/srv/graphapi/data/graphapi.db", new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
    }

    [Fact]
    public void The_SQLite_path_is_configurable()
    {
        Assert.Equal("/srv/graphapi/db/shop.db", Resolve(("Database:SqlitePath", "db/shop.db")).SqliteFile);
        Assert.Equal("/var/lib/shop.db", Resolve(("Database:SqlitePath", "/var/lib/shop.db")).SqliteFile);
    }

    [Fact]
    public void A_connection_string_wins_over_the_path()
    {
        var settings = Resolve(("Database:SqlitePath", "ignored.db"), ("ConnectionStrings:Shop", "Data Source=/tmp/x.db"));

        Assert.Equal("Data Source=/tmp/x.db", settings.ConnectionString);
        Assert.Equal("/tmp/x.db", settings.SqliteFile);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shop;Mode=Memory;Cache=Shared")]
    public void An_in_memory_SQLite_database_has_no_file(string connectionString)
    {
        Assert.Null(Resolve(("ConnectionStrings:Shop", connectionString)).SqliteFile);
    }

    [Fact]
    public void SQL_Server_is_chosen_by_name_in_any_case_and_needs_a_connection_string()
    {
        var settings = Resolve(("Database:Provider", "sqlserver"), ("ConnectionStrings:Shop", "Server=db;Database=Shop"));
        Assert.Equal(new ShopDatabaseSettings(DatabaseProvider.SqlServer, "Server=db;Database=Shop"), settings);
        Assert.Null(settings.SqliteFile);

        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", "SqlServer")));
        Assert.Equal("ConnectionStrings:Shop is required when Database:Provider is \"SqlServer\".", error.Message);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("7")]
    public void An_unknown_provider_is_refused(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", provider)));

        Assert.Equal($"Database:Provider \"{provider}\" is not supported; use \"Sqlite\" or \"SqlServer\".", error.Message);
    }
}
