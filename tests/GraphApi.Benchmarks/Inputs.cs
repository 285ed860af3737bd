using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.Benchmarks;

/// <summary>The benchmark inputs, shared with the graphql-js timing script (tests/js/bench.mjs).</summary>
public static class Inputs
{
    private static readonly string InputsFolder = Path.Combine(FindRoot(), "tests", "GraphApi.Benchmarks", "Inputs");

    public static readonly string Introspection = Read("introspection.graphql");
    public static readonly string KitchenSink = Read("kitchen-sink-query.graphql");
    public static readonly string LargeSchema = Read("large-schema.graphql");
    public static readonly string ShopSdl = Read("shop.graphql");
    public static readonly string SmallQuery = Read("small-query.graphql");
    public static readonly string SmallQueryResponse = Read("small-query.response.json").TrimEnd();
    public static readonly string HarnessSdl = File.ReadAllText(Path.Combine(FindRoot(), "tests", "GraphApi.GraphQL.Tests", "Validation", "harness.graphql"));

    public static readonly Source IntrospectionSource = new(Introspection);
    public static readonly Source KitchenSinkSource = new(KitchenSink);
    public static readonly Source LargeSchemaSource = new(LargeSchema);

    public static readonly Schema Harness = SchemaBuilder.Build(HarnessSdl);
    public static readonly DocumentNode IntrospectionDocument = Parser.Parse(Introspection);
    public static readonly DocumentNode KitchenSinkDocument = Parser.Parse(KitchenSink);

    /// <summary>Hostile for field selection merging (spec §5.3.2): 2 000 fields of one response name in one selection set.</summary>
    public static readonly DocumentNode RepeatedFieldsDocument = Parser.Parse(RepeatInDog(2000, _ => "name"));

    /// <summary>Hostile for field selection merging: 2 000 aliases of one field in one selection set.</summary>
    public static readonly DocumentNode AliasesDocument = Parser.Parse(RepeatInDog(2000, i => $"a{i}: name"));

    /// <summary><c>{ dog { s0 s1 ... } }</c> against the harness schema; tests/js/bench.mjs builds the same text.</summary>
    private static string RepeatInDog(int count, Func<int, string> selection) =>
        "{ dog { " + string.Join(" ", Enumerable.Range(0, count).Select(selection)) + " } }";

    private static string Read(string name) => File.ReadAllText(Path.Combine(InputsFolder, name));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphApi.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GraphApi.sln not found");
    }
}
