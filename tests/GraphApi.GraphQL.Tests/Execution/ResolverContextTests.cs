using System.Security.Claims;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>What explicit resolvers receive: typed arguments, parent, services, user, items, path and cancellation.</summary>
public class ResolverContextTests
{
    private const string Sdl = """
        type Query {
          echo(
            int: Int, long: Int, double: Float, decimal: Float, text: String, flag: Boolean, id: ID,
            genre: Genre, ints: [Int], names: [String!], matrix: [[Int]], filter: Filter, filters: [Filter!], range: Range
          ): String
          present(value: Int, fallback: Int = 5): String
          guid(id: ID!): String
          wrong(text: String!): String
          who: String
          item: Item
        }
        type Item { path(n: Int): [String] }
        enum Genre { SCIENCE_FICTION FANTASY }
        input Filter { text: String!, genres: [Genre!], nested: Filter }
        input Range { from: Int!, to: Int! }
        """;

    private static readonly Schema TestSchema = SchemaBuilder.Build(Sdl);

    [Fact]
    public async Task Arguments_convert_to_the_clr_types_the_resolver_asks_for()
    {
        var json = await Run(
            """
            { echo(int: 3, long: 4, double: 2, decimal: 1.5, text: "t", flag: true, id: 7, genre: SCIENCE_FICTION,
                   ints: [1, null, 3], names: "single", matrix: [[1], [2, 3]],
                   filter: { text: "dune", genres: [FANTASY], nested: { text: "inner" } },
                   filters: [{ text: "a" }, { text: "b", genres: SCIENCE_FICTION }], range: { from: 1, to: 9 }) }
            """,
            builder => builder.Resolve("Query", "echo", context =>
            {
                var filter = context.Argument<FilterInput>("filter");
                var filters = context.Argument<IReadOnlyList<FilterInput>>("filters");
                var range = context.Argument<RangeInput>("range");
                var raw = context.Argument<IReadOnlyDictionary<string, object?>>("filter");
                return string.Join(
                    "|",
                    context.Argument<int>("int"),
                    context.Argument<long>("long"),
                    context.Argument<double>("double"),
                    context.Argument<decimal>("decimal"),
                    context.Argument<string>("text"),
                    context.Argument<bool>("flag"),
                    context.Argument<string>("id"),
                    context.Argument<Genre>("genre"),
                    string.Join(",", context.Argument<int?[]>("ints")),
                    string.Join(",", context.Argument<List<string>>("names")),
                    string.Join(";", context.Argument<int[][]>("matrix").Select(row => string.Join(",", row))),
                    $"{filter.Text}:{string.Join(",", filter.Genres!)}:{filter.Nested!.Text}:{filter.Nested.Genres is null}",
                    string.Join(",", filters.Select(f => f.Text + "/" + string.Join("+", f.Genres ?? []))),
                    $"{range.From}-{range.To}",
                    raw["text"]);
            }));

        Assert.Equal(Json("{'data':{'echo':'3|4|2|1.5|t|True|7|ScienceFiction|1,,3|single|1;2,3|dune:Fantasy:inner:True|a/,b/ScienceFiction|1-9|dune'}}"), json);
    }

    [Fact]
    public async Task Absent_arguments_have_no_entry_while_null_ones_and_defaults_do()
    {
        static object Describe(IResolverContext context) =>
            $"{context.HasArgument("value")}:{context.Argument<int?>("value")?.ToString() ?? "null"}:{context.Argument<int>("fallback")}";

        Assert.Equal(Json("{'data':{'a':'False:null:5','b':'True:null:5','c':'True:2:3'}}"), await Run(
            "{ a: present b: present(value: null) c: present(value: 2, fallback: 3) }",
            builder => builder.Resolve("Query", "present", Describe)));
        Assert.Equal(Json("{'data':{'present':'False:null:5'}}"), await Run(
            "query ($v: Int) { present(value: $v) }",
            builder => builder.Resolve("Query", "present", Describe)));
        Assert.Equal(Json("{'data':{'present':'True:null:5'}}"), await Run(
            "query ($v: Int) { present(value: $v) }",
            builder => builder.Resolve("Query", "present", Describe),
            variables: "{'v':null}"));
    }

    [Fact]
    public async Task An_id_that_is_not_a_guid_is_a_client_error_and_a_clr_type_mismatch_an_internal_one()
    {
        var json = await Run(
            """{ a: guid(id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301") b: guid(id: "x") wrong(text: "abc") }""",
            builder => builder
                .Resolve("Query", "guid", context => context.Argument<Guid>("id").ToString("N"))
                .Resolve("Query", "wrong", context => context.Argument<int>("text")),
            new ExecutionOptions { ExposeExceptionMessages = true });

        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'Argument \u0022id\u0022 of field \u0022Query.guid\u0022 must be a GUID, but got \u0022x\u0022.','locations':[{'line':1,'column':55}],'path':['b'],'extensions':{'code':'BAD_USER_INPUT'}},
                  {'message':'Argument \u0022text\u0022 of field \u0022Query.wrong\u0022 is \u0022abc\u0022, which cannot be converted to int.','locations':[{'line':1,'column':72}],'path':['wrong'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],
                 'data':{'a':'3f2504e04f8911d39a0c0305e82c3301','b':null,'wrong':null}}
                """),
            json);
    }

    [Fact]
    public async Task Resolvers_get_services_user_items_cancellation_and_their_path()
    {
        using var cancellation = new CancellationTokenSource();
        var context = new RequestContext
        {
            Services = new SingleService(new Greeter("Hello")),
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test")),
            CancellationToken = cancellation.Token,
        };
        context.Items["tenant"] = "acme";
        CancellationToken seen = default;
        var schema = new ExecutableSchemaBuilder(TestSchema)
            .Resolve("Query", "who", resolver =>
            {
                seen = resolver.CancellationToken;
                return $"{resolver.Service<Greeter>().Word} {resolver.User.Identity!.Name} of {resolver.Items["tenant"]}";
            })
            .Resolve("Query", "item", _ => new object())
            .Resolve("Item", "path", resolver => resolver.Path.Select(p => $"{p}:{p.GetType().Name}").Append(resolver.ParentType.Name + "." + resolver.Field.Name + "@" + resolver.FieldNodes.Count))
            .Resolve("Query", "echo", _ => null)
            .Resolve("Query", "present", _ => null)
            .Resolve("Query", "guid", _ => null)
            .Resolve("Query", "wrong", _ => null)
            .Build();

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ who item { p: path path(n: 1) } }" }, context);

        Assert.Equal(
            Json("{'data':{'who':'Hello ada of acme','item':{'p':['item:String','p:String','Item.path@1'],'path':['item:String','path:String','Item.path@1']}}}"),
            ResultJson.Write(result));
        Assert.Equal(cancellation.Token, seen);
    }

    [Fact]
    public async Task A_missing_service_and_a_parent_of_another_type_are_clear_errors()
    {
        var json = await Run(
            "{ who item { path } }",
            builder => builder
                .Resolve("Query", "who", resolver => resolver.Service<Greeter>().Word)
                .Resolve("Query", "item", _ => "not an item")
                .Resolve<Greeter>("Item", "path", (greeter, _) => greeter.Word),
            new ExecutionOptions { ExposeExceptionMessages = true });

        Assert.Equal(
            Json("""
                {'errors':[
                  {'message':'The resolver of \u0022Query.who\u0022 needs a service of type Greeter, but none is registered.','locations':[{'line':1,'column':3}],'path':['who'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},
                  {'message':'The resolver of \u0022Item.path\u0022 expects a parent of CLR type Greeter, but got a string.','locations':[{'line':1,'column':14}],'path':['item','path'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],
                 'data':{'who':null,'item':{'path':null}}}
                """),
            json);
    }

    private static Task<string> Run(string query, Action<ExecutableSchemaBuilder> configure, ExecutionOptions? options = null, string? variables = null)
    {
        var builder = new ExecutableSchemaBuilder(TestSchema);
        configure(builder);
        foreach (var field in ((ObjectType)TestSchema.GetType("Query")!).Fields)
        {
            if (!query.Contains(field.Name, StringComparison.Ordinal))
            {
                builder.Resolve("Query", field.Name, _ => null);
            }
        }

        if (!query.Contains("path", StringComparison.Ordinal))
        {
            builder.Resolve("Item", "path", _ => null);
        }
        return new RequestExecutor(builder.Build(), options).RunAsync(query, variables);
    }

    public enum Genre
    {
        ScienceFiction,
        Fantasy,
    }

    public sealed class FilterInput
    {
        public string Text { get; set; } = "";

        public List<Genre>? Genres { get; init; }

        public FilterInput? Nested { get; set; }
    }

    public sealed record RangeInput(int From, int To);

    public sealed record Greeter(string Word);

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
