using System.Text.Json;
using GraphApi.GraphQL.Tests.Infrastructure;

namespace GraphApi.GraphQL.Tests.Differential;

/// <summary>What graphql-js said about one document (see <c>tests/js/reference.mjs</c>).</summary>
public sealed record ReferenceResult(string Verdict, IReadOnlyList<ReferenceError> Errors, string? Printed);

/// <summary>One graphql-js error: its message and its [line, column] locations.</summary>
public sealed record ReferenceError(string Message, IReadOnlyList<int[]> Locations);

/// <summary>Runs graphql-js once over a list of corpus cases.</summary>
public static class ReferenceRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>graphql-js's result for every case, by <see cref="CorpusCase.Id"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, ReferenceResult>> RunAsync(
        IReadOnlyList<CorpusCase> cases,
        IReadOnlyDictionary<string, string> schemas)
    {
        var request = new
        {
            schemas,
            documents = cases.Select(c => new { schema = c.SchemaName, text = c.Text }),
        };
        var output = await NodeRunner.RunScriptAsync("reference.mjs", [], JsonSerializer.Serialize(request, Json));
        var results = JsonSerializer.Deserialize<List<ReferenceResult>>(output, Json)
            ?? throw new InvalidOperationException("reference.mjs wrote null");
        if (results.Count != cases.Count)
        {
            throw new InvalidOperationException($"reference.mjs answered {results.Count} documents of {cases.Count}");
        }

        var byId = new Dictionary<string, ReferenceResult>(StringComparer.Ordinal);
        for (int i = 0; i < cases.Count; i++)
        {
            byId.Add(cases[i].Id, results[i]);
        }

        return byId;
    }
}
