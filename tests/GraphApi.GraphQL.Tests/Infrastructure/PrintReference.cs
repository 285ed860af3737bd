using System.Text.Json;

namespace GraphApi.GraphQL.Tests.Infrastructure;

/// <summary>What graphql-js prints for the same inputs, through <c>tests/js/print-reference.mjs</c> (one node process per call).</summary>
public static class PrintReference
{
    /// <summary>graphql-js <c>print(parse(document))</c> for each document.</summary>
    public static Task<IReadOnlyList<string>> PrintAsync(params string[] documents) => RunAsync("print", documents);

    /// <summary>graphql-js <c>print(parseSchemaCoordinate(coordinate))</c> for each coordinate.</summary>
    public static Task<IReadOnlyList<string>> PrintCoordinatesAsync(params string[] coordinates) => RunAsync("print-coordinate", coordinates);

    /// <summary>graphql-js <c>printSchema(buildSchema(sdl))</c> for each SDL document.</summary>
    public static Task<IReadOnlyList<string>> PrintSchemaAsync(params string[] sdl) => RunAsync("print-schema", sdl);

    private static async Task<IReadOnlyList<string>> RunAsync(string mode, string[] inputs)
    {
        var output = await NodeRunner.RunScriptAsync("print-reference.mjs", [mode], JsonSerializer.Serialize(inputs));
        using var results = JsonDocument.Parse(output);
        var printed = new List<string>(inputs.Length);
        var i = 0;
        foreach (var result in results.RootElement.EnumerateArray())
        {
            if (result.ValueKind != JsonValueKind.String)
            {
                throw new InvalidOperationException($"graphql-js rejected input {i}: {result.GetProperty("error").GetString()}\n{inputs[i]}");
            }

            printed.Add(result.GetString()!);
            i++;
        }

        return printed;
    }
}
