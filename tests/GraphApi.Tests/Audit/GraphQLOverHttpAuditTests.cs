using System.Text.Json;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Audit;

/// <summary>
/// The graphql-http audit suite (npm <c>graphql-http</c>, <c>serverAudits</c>, run by <c>tests/js/audit.mjs</c>)
/// against the real host on Kestrel: every MUST and SHOULD audit passes.
/// </summary>
public class GraphQLOverHttpAuditTests
{
    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);

    [Fact]
    public async Task Every_must_and_should_audit_passes()
    {
        await using var host = await HostProcess.StartAsync(["--urls", "http://127.0.0.1:0"]);

        string output = await NodeRunner.RunScriptAsync("audit.mjs", [host.BaseUrl + "/graphql"]);

        var results = JsonSerializer.Deserialize<List<AuditResult>>(output, JsonSerializerOptions.Web)!;
        Assert.True(results.Count >= 50, $"the suite ran {results.Count} audits:\n{output}");
        var failures = results
            .Where(r => (r.Name.StartsWith("MUST", StringComparison.Ordinal) || r.Name.StartsWith("SHOULD", StringComparison.Ordinal)) && r.Status != "ok")
            .Select(r => $"{r.Id} {r.Name}: {r.Reason}")
            .ToList();
        Assert.True(failures.Count == 0, "failed audits:\n" + string.Join('\n', failures));
    }
}
