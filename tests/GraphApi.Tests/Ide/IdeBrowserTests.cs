using System.Text.Json;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Ide;

/// <summary>
/// The IDE as a person uses it: the built host started as a process on Kestrel, headless Chromium
/// (tests/js/ide-check.mjs) opening /graphql, typing a query, pressing run and reading the result pane.
/// </summary>
public sealed class IdeBrowserTests
{
    [Fact]
    public async Task A_browser_opens_the_IDE_runs_a_typed_query_and_sees_its_result()
    {
        await NodeRunner.EnsureBrowserInstalledAsync();
        await using var host = await HostProcess.StartAsync(
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });

        var screenshot = RepoPaths.Combine("TestResults", "ide-browser.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        const string query = "{ echo(message: \"typed in GraphiQL\") }";
        const string shown = "\"echo\": \"typed in GraphiQL\"";
        var input = JsonSerializer.Serialize(new { query, expect = new[] { shown }, screenshot });

        var output = await NodeRunner.RunScriptAsync("ide-check.mjs", [host.BaseUrl + "/graphql"], input);

        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.True(root.GetProperty("error").ValueKind == JsonValueKind.Null, "The IDE check failed:\n" + output);
        Assert.Equal(query, root.GetProperty("editorText").GetString());
        Assert.Contains(shown, root.GetProperty("resultText").GetString());
        Assert.Equal(
            ["IntrospectionQuery:200:application/graphql-response+json", ":200:application/graphql-response+json"],
            root.GetProperty("graphqlRequests").EnumerateArray().Select(r =>
                $"{r.GetProperty("operationName").GetString()}:{r.GetProperty("status").GetInt32()}:{r.GetProperty("contentType").GetString()?.Split(';')[0]}"));
        Assert.Empty(root.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(root.GetProperty("failedRequests").EnumerateArray());
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot of the IDE is missing or blank.");
    }
}
