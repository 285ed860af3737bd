using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>
/// What a request allocates, measured on the executing thread (every resolver here completes synchronously):
/// an object costs its result map, its values and its response path, and reading a string, boolean or enum
/// property costs nothing. These bound the allocation per request that tests/GraphApi.Benchmarks reports.
/// </summary>
public class AllocationTests
{
    private const string Sdl = """
        type Query { items(count: Int!): [Item!]! }
        type Item { name: String! flag: Boolean! kind: Kind! }
        enum Kind { SMALL LARGE }
        """;

    private static readonly Item[] Items = [.. Enumerable.Range(0, 110).Select(i => new Item($"item {i}", i % 2 == 0, i % 3 == 0 ? Kind.Large : Kind.Small))];

    private enum Kind
    {
        Small,
        Large,
    }

    [Fact]
    public void An_object_of_a_list_costs_its_map_its_values_and_its_path_and_its_leaf_fields_next_to_nothing()
    {
        var lists = new Dictionary<int, Item[]> { [10] = Items[..10], [110] = Items };
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(SchemaBuilder.Build(Sdl))
            .BindType<Item>("Item")
            .Resolve("Query", "items", context => lists[context.Argument<int>("count")])
            .Build());

        var perItem = (Allocated(executor, "{ items(count: 110) { name flag kind } }") - Allocated(executor, "{ items(count: 10) { name flag kind } }")) / 100;

        // 64-bit: the list's slot (8), the item's path (40), its map (40), its three values (48), and the box
        // of the CLR enum value the property returns (24); the string and the boolean cost nothing.
        Assert.True(perItem <= 160, $"each item allocated {perItem} bytes");
    }

    [Fact]
    public void Introspection_fields_get_no_resolver_context()
    {
        var executor = new RequestExecutor(new ExecutableSchemaBuilder(SchemaBuilder.Build(Sdl))
            .BindType<Item>("Item")
            .Resolve("Query", "items", _ => Items)
            .Build());
        var typeCount = executor.Schema.Schema.Types.Count;

        var perType = (Allocated(executor, "{ __schema { types { name kind description } } }") - Allocated(executor, "{ __schema { types { __typename } } }")) / typeCount;
        var perField = (Allocated(executor, "{ __type(name: \"Item\") { fields { name args { name } } } }") - Allocated(executor, "{ __type(name: \"Item\") { fields { name } } }")) / 3;

        // Fields of the parent alone: the two more slots of each type's values (16).
        Assert.True(perType <= 16, $"each type allocated {perType} bytes more");

        // A field of the parent and its arguments (args(includeDeprecated:)): the slot (8), the empty list (32)
        // and its path (40). A resolver context per call would add as much again.
        Assert.True(perField <= 80, $"each field allocated {perField} bytes more");
    }

    private static long Allocated(RequestExecutor executor, string query)
    {
        var request = new GraphQLRequest { Query = query };
        var context = new RequestContext();
        for (int i = 0; i < 3; i++)
        {
            Run(); // parse, validate and plan once, and load everything the first run loads
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        return GC.GetAllocatedBytesForCurrentThread() - before;

        void Run()
        {
            var result = executor.ExecuteAsync(request, context);
            Assert.True(result.IsCompletedSuccessfully);
            Assert.Null(result.Result.Errors);
        }
    }

    private sealed record Item(string Name, bool Flag, Kind Kind);
}
