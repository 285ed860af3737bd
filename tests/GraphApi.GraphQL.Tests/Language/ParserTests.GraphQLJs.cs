using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Tests.Infrastructure;

namespace GraphApi.GraphQL.Tests.Language;

public partial class ParserTests
{
    /// <summary>
    /// The whole AST of both kitchen sinks, every node with its location, equals graphql-js's AST of the
    /// same file (normalised the same way on both sides by Fixtures/graphql-js-ast.cjs and <see cref="Normalise"/>).
    /// </summary>
    [Fact]
    public async Task Kitchen_sink_asts_equal_graphql_js_asts()
    {
        string[] files = [FixturePath("kitchen-sink.graphql"), FixturePath("schema-kitchen-sink.graphql")];

        string expected = await NodeRunner.RunScriptAsync(FixturePath("graphql-js-ast.cjs"), files);

        var actual = new JsonArray(files.Select(f => Normalise(Parser.Parse(File.ReadAllText(f), ParserOptions.ForSchema))).ToArray());
        var expectedDocuments = JsonNode.Parse(expected)!.AsArray();
        for (int i = 0; i < files.Length; i++)
        {
            Assert.Equal(expectedDocuments[i]!.ToJsonString(), actual[i]!.ToJsonString());
        }
    }

    // Properties that are derived from others, or are not part of graphql-js's AST.
    private static readonly HashSet<string> SkippedProperties =
        [nameof(SyntaxNode.Kind), nameof(SyntaxNode.Location), nameof(DocumentNode.Source), nameof(FieldNode.ResponseKey), nameof(NamedTypeSystemNode.IsExtension)];

    /// <summary>Our AST in graphql-js's shape: camelCase keys, sorted; empty lists and nulls left out.</summary>
    private static JsonNode? Normalise(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case SyntaxNode node:
                var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal)
                {
                    ["kind"] = node.Kind.ToString(),
                    ["loc"] = new JsonArray(node.Location.Start, node.Location.End),
                };
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (SkippedProperties.Contains(property.Name))
                    {
                        continue;
                    }

                    var field = Normalise(property.GetValue(node));
                    if (field is not null && field is not JsonArray { Count: 0 })
                    {
                        fields[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = field;
                    }
                }

                var result = new JsonObject();
                foreach (var (key, field) in fields)
                {
                    result[key] = field;
                }

                return result;
            case string text:
                return text;
            case bool flag:
                return flag;
            case OperationType operation:
                return operation.ToString().ToLowerInvariant();
            case IEnumerable list:
                return new JsonArray(list.Cast<object>().Select(Normalise).ToArray());
            default:
                throw new InvalidOperationException("unexpected AST value " + value.GetType());
        }
    }

    private static string FixturePath(string name) =>
        RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Language", "Fixtures", name);
}
