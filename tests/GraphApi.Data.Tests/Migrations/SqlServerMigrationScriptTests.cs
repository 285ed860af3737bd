using GraphApi.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Data.Tests.Migrations;

/// <summary>No SQL Server runs here, so its schema is reviewed as the script its migrations generate.</summary>
public sealed class SqlServerMigrationScriptTests
{
    [Fact]
    public void The_migration_script_matches_the_reviewed_snapshot()
    {
        using var db = ProviderContexts.Create(DatabaseProvider.SqlServer);

        var script = db.GetService<IMigrator>().GenerateScript();

        Snapshot.Match(
            $"""
            # SQL Server migration script

            The script of every SQL Server migration, from an empty database, as `IMigrator.GenerateScript()` writes
            it (what `dotnet ef migrations script --context SqlServerShopDbContext` prints).

            ## SQL

            ```sql
            {script.Trim()}
            ```

            """,
            "SqlServerMigrationScript.md");
    }
}
