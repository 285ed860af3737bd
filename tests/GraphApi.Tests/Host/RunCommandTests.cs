using System.Text.Json;
using GraphApi.GraphQL.Tests.Infrastructure;

namespace GraphApi.Tests.Host;

/// <summary>The README's run command, <c>dotnet run --project src/GraphApi</c>, must give a developer the IDE.</summary>
public class RunCommandTests
{
    [Fact]
    public void Dotnet_run_starts_the_host_in_Development_where_the_IDE_is_on()
    {
        // dotnet run applies the first profile of launchSettings.json; GraphiQL is on by default only in Development.
        using var settings = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("src", "GraphApi", "Properties", "launchSettings.json")));
        var profile = settings.RootElement.GetProperty("profiles").EnumerateObject().First().Value;

        Assert.Equal("Project", profile.GetProperty("commandName").GetString());
        Assert.Equal("Development", profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
    }
}
