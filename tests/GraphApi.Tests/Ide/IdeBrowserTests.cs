using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Ide;

/// <summary>
/// The IDE as a person uses it: the real host on Kestrel, headless Chromium (tests/js/ide-check.mjs) opening
/// /graphql, typing a query, pressing run and reading the result pane.
/// </summary>
public sealed class IdeBrowserTests
{
    [Fact]
    public async Task A_browser_opens_the_IDE_runs_a_typed_query_and_sees_its_result()
    {
        await NodeRunner.EnsureBrowserInstalledAsync();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseEnvironment("Development"));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

        var screenshot = RepoPaths.Combine("TestResults", "ide-browser.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        const string query = "{ echo(message: \"typed in GraphiQL\") }";
        var input = JsonSerializer.Serialize(new { query, expect = new[] { "\"echo\": \"typed in GraphiQL\"" }, screenshot });

        var output = await NodeRunner.RunScriptAsync("ide-check.mjs", [address + "/graphql"], input);

        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.True(root.GetProperty("error").ValueKind == JsonValueKind.Null, $"The IDE check failed: {output}");
        Assert.Equal(query, root.GetProperty("editorText").GetString());
        Assert.Contains("\"echo\": \"typed in GraphiQL\"", root.GetProperty("resultText").GetString());
        Assert.Empty(root.GetProperty("externalRequests").EnumerateArray());
        Assert.Empty(root.GetProperty("failedRequests").EnumerateArray());
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot of the IDE is missing or blank.");
    }
}
