using System.Text;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>
/// <see cref="IResolverContext.Selection"/>: a resolver sees the fields selected below it as execution will run
/// them — fragments merged, aliases kept apart, <c>@skip</c>/<c>@include</c> applied, per runtime type.
/// </summary>
public class SelectionLookaheadTests
{
    private static readonly Schema TestSchema = SchemaBuilder.Build("""
        type Query { shelf: Shelf, item: Item, count: Int }
        interface Item { id: ID! }
        type Shelf implements Item { id: ID!, name: String, books(first: Int): [Book] }
        type Book implements Item { id: ID!, title: String, author: Author }
        type Author { name: String }
        """);

    private static ObjectType Type(string name) => (ObjectType)TestSchema.GetType(name)!;

    /// <summary>The selection below a field as text: response keys (with the field name when aliased), nested.</summary>
    private static string Describe(ISelectedField field, ObjectType type)
    {
        var text = new StringBuilder();
        foreach (var selected in field.SelectionsOn(type))
        {
            text.Append(text.Length == 0 ? "" : " ").Append(selected.ResponseKey);
            if (selected.ResponseKey != selected.Field.Name)
            {
                text.Append(':').Append(selected.Field.Name);
            }

            if (selected.Field.Type.Named is ObjectType child)
            {
                text.Append(" { ").Append(Describe(selected, child)).Append(" }");
            }
        }

        return text.ToString();
    }

    private static async Task<List<ISelectedField>> CaptureAsync(string field, string query, string? variables = null, int runs = 1)
    {
        var captured = new List<ISelectedField>();
        var builder = new ExecutableSchemaBuilder(TestSchema);
        foreach (var rootField in new[] { "shelf", "item", "count" })
        {
            builder.Resolve("Query", rootField, context =>
            {
                if (rootField == field)
                {
                    captured.Add(context.Selection);
                }

                return null;
            });
        }

        builder
            .Resolve("Item", "id", _ => "1")
            .Resolve("Shelf", "name", _ => null)
            .Resolve("Shelf", "books", _ => null)
            .Resolve("Book", "title", _ => null)
            .Resolve("Book", "author", _ => null)
            .Resolve("Author", "name", _ => null);
        var executor = new RequestExecutor(builder.Build());
        for (var i = 0; i < runs; i++)
        {
            await executor.RunAsync(query, variables);
        }

        return captured;
    }

    [Fact]
    public async Task A_resolver_sees_the_fields_below_it_through_fragments_and_aliases()
    {
        var selection = (await CaptureAsync("shelf", """
            { shelf { name ...Books ... on Shelf { id } first: books(first: 1) { title } } }
            fragment Books on Shelf { books { title author { name } } books { title } }
            """)).Single();

        Assert.Equal("shelf", selection.ResponseKey);
        Assert.Equal("Shelf", selection.Field.Type.ToString());
        Assert.Equal(
            "name books { title author { name } } id first:books { title }",
            Describe(selection, Type("Shelf")));
        // The books field set merges two nodes of the document.
        Assert.Equal(2, selection.SelectionsOn(Type("Shelf"))[1].Nodes.Count);
    }

    [Fact]
    public async Task Skip_and_include_are_applied_with_the_requests_variables()
    {
        const string Query = """
            query ($withName: Boolean!) { shelf { id name @include(if: $withName) books @skip(if: true) { title } } }
            """;

        var withName = (await CaptureAsync("shelf", Query, """{ "withName": true }""")).Single();
        var without = (await CaptureAsync("shelf", Query, """{ "withName": false }""")).Single();

        Assert.Equal("id name", Describe(withName, Type("Shelf")));
        Assert.Equal("id", Describe(without, Type("Shelf")));
    }

    [Fact]
    public async Task An_abstract_field_has_a_selection_per_runtime_type()
    {
        var selection = (await CaptureAsync("item", """
            { item { __typename id ... on Book { title } ... on Shelf { name } } }
            """)).Single();

        Assert.Equal("__typename id title", Describe(selection, Type("Book")));
        Assert.Equal("__typename id name", Describe(selection, Type("Shelf")));
    }

    [Fact]
    public async Task A_leaf_field_selects_nothing_below_it()
    {
        var selection = (await CaptureAsync("count", "{ count }")).Single();

        Assert.Empty(selection.SelectionsOn(Type("Shelf")));
    }

    [Fact]
    public async Task The_selection_comes_from_the_cached_plan_and_is_shared_by_requests()
    {
        var selections = await CaptureAsync("shelf", "{ shelf { name } }", runs: 2);

        Assert.Same(selections[0], selections[1]);
        Assert.Same(selections[0].SelectionsOn(Type("Shelf")), selections[1].SelectionsOn(Type("Shelf")));
    }
}
