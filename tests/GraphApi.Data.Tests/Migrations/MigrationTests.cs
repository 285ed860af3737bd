using GraphApi.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Data.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_create_the_schema_in_a_new_file()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(
            ["Categories", "OrderLines", "OrderStatusChanges", "Orders", "OutboxEvents", "OutboxState", "Products", "Users", "__EFMigrationsHistory"],
            Names(database, "table"));
        Assert.Contains("IX_Users_Email", Names(database, "index"));
        Assert.Contains("IX_Orders_CustomerId_IdempotencyKey", Names(database, "index"));
        // The schema works: a round trip through every table.
        Assert.Equal(0, await db.Orders.Include(o => o.Lines).Include(o => o.StatusHistory).CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "GraphApi.Data.Migrations.Sqlite")]
    [InlineData(DatabaseProvider.SqlServer, "GraphApi.Data.Migrations.SqlServer")]
    public void Each_provider_has_its_own_migrations(DatabaseProvider provider, string migrationsNamespace)
    {
        using var db = ProviderContexts.Create(provider);
        var assembly = db.GetService<IMigrationsAssembly>();

        Assert.NotEmpty(assembly.Migrations);
        Assert.All(assembly.Migrations.Values, type => Assert.Equal(migrationsNamespace, type.Namespace));
        Assert.Equal(migrationsNamespace, assembly.ModelSnapshot?.GetType().Namespace);
    }

    /// <summary>Fails when the model changed without a new migration (see Data/README.md for the command).</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Migrations_are_up_to_date_with_the_model(DatabaseProvider provider)
    {
        using var db = ProviderContexts.Create(provider);
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        Assert.NotNull(snapshot);
        if (snapshot is IMutableModel mutable)
        {
            snapshot = mutable.FinalizeModel();
        }

        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(
            snapshot.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel());

        Assert.True(
            differences.Count == 0,
            $"The {provider} model has changes no migration holds: "
            + string.Join(", ", differences.Select(d => d.GetType().Name)));
    }

    private static List<string> Names(TestDatabase database, string type)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = $type AND name NOT LIKE 'sqlite%' ORDER BY name";
        command.Parameters.AddWithValue("$type", type);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
