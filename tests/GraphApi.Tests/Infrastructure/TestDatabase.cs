using System.Runtime.CompilerServices;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// Keeps the hosts that tests start off the developer's database: every in-process host of this test run
/// shares one temporary SQLite file, and every host process gets a file of its own. The shop is seeded
/// small, since these tests are about the transport, not the data.
/// </summary>
public static class TestDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "graphapi-tests");

    private static readonly (string Name, string Value)[] SmallSeed =
    [
        ("Seed__Products", "40"),
        ("Seed__Users", "20"),
        ("Seed__Orders", "60"),
    ];

    [ModuleInitializer]
    internal static void UseTemporaryDatabaseForInProcessHosts()
    {
        Directory.CreateDirectory(Folder);
        Environment.SetEnvironmentVariable("Database__SqlitePath", Path.Combine(Folder, $"in-process-{Environment.ProcessId}.db"));
        foreach (var (name, value) in SmallSeed)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>Environment variables giving a host process its own database file.</summary>
    public static IEnumerable<(string Name, string Value)> ForNewProcess()
    {
        Directory.CreateDirectory(Folder);
        yield return ("Database__SqlitePath", Path.Combine(Folder, $"process-{Guid.NewGuid():N}.db"));
        foreach (var entry in SmallSeed)
        {
            yield return entry;
        }
    }
}
