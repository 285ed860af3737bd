using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.ResultJson;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>The startup check of <see cref="ExecutableSchemaBuilder.Build"/>: every reachable field resolvable by something that fits.</summary>
public class SchemaBindingTests
{
    [Fact]
    public void A_field_without_resolver_or_bound_type_fails_the_build_naming_the_field()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Builder("type Query { a: String b: Int }").Resolve("Query", "a", _ => "a").Build());

        Assert.Equal(["Query.b: no resolver, and no CLR type is bound to Query to read a property from (use Resolve or BindType)."], error.Problems);
        Assert.Contains("Query.b: no resolver", error.Message);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_reason()
    {
        const string sdl = """
            type Query { book: Book }
            type Book {
              title: String!
              tags: [Int]
              author: Author
              pages: String
              chapters: String
              genre: Genre
              rating: Int
              missing: String
              related: [Book!]!
            }
            type Author { name: String }
            enum Genre { SCIENCE_FICTION FANTASY }
            """;

        var error = Assert.Throws<SchemaBindingException>(() => Builder(sdl)
            .Resolve("Query", "book", _ => null)
            .BindType<BadBook>("Book")
            .BindType<GoodAuthor>("Author")
            .Build());

        Assert.Equal(
            [
                "Book.tags: the property BadBook.Tags of CLR type string cannot produce [Int] (string is not a list).",
                "Book.author: the property BadBook.Author of CLR type string cannot produce Author (string is not an object).",
                "Book.pages: the property BadBook.Pages of CLR type int cannot produce String (int values are not String values).",
                "Book.chapters: the property BadBook.Chapters of CLR type List<string> cannot produce String (List<string> values are not String values).",
                "Book.genre: the property BadBook.Genre of CLR type BadGenre cannot produce Genre (no value of Genre matches BadGenre.Horror).",
                "Book.rating: the property BadBook.Rating of CLR type double cannot produce Int (double values are not Int values).",
                "Book.missing: no resolver, and BadBook has no public property \"missing\" or \"Missing\".",
                "Book.related: the property BadBook.Related of CLR type List<GoodAuthor> cannot produce [Book!]! (its items do not fit: Book is bound to BadBook).",
            ],
            error.Problems);
    }

    [Fact]
    public void Fitting_properties_pass_nullable_value_types_object_and_related_classes_included()
    {
        const string sdl = """
            type Query { node: Node }
            type Node {
              id: ID!
              count: Int
              ratio: Float
              flags: [[Boolean!]]!
              anything: [String]
              state: State
              stateName: State
              parent: Node
              children: [Node]
            }
            enum State { ON OFF }
            """;

        var schema = Builder(sdl).Resolve("Query", "node", _ => null).BindType<FittingNode>("Node").Build();

        Assert.NotNull(schema.GetClrType((ObjectType)schema.Schema.GetType("Node")!));
    }

    [Fact]
    public void Registrations_that_name_nothing_in_the_schema_are_problems()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Builder("type Query { a: String } union U = Query scalar Date")
            .Resolve("Query", "a", _ => "a")
            .Resolve("Query", "b", _ => "b")
            .Resolve("Nope", "a", _ => "a")
            .Resolve("Query", "a", _ => "again")
            .BindType<GoodAuthor>("Missing")
            .BindType<GoodAuthor>("Date")
            .ResolveType("Query", (_, _) => null)
            .AddScalar(new DateScalar("Time"))
            .AddScalar(new DateScalar("Date"))
            .Build());

        Assert.Equal(
            [
                "Resolve(\"Query\", \"b\"): Query has no field \"b\".",
                "Resolve(\"Nope\", \"a\"): the schema has no object or interface type named \"Nope\".",
                "Resolve(\"Query\", \"a\"): registered twice.",
                "BindType<GoodAuthor>(\"Missing\"): the schema has no object type named \"Missing\".",
                "BindType<GoodAuthor>(\"Date\"): the schema has no object type named \"Date\".",
                "ResolveType(\"Query\"): the schema has no interface or union named \"Query\".",
                "AddScalar(\"Time\"): the schema has no scalar type named \"Time\".",
            ],
            error.Problems);
    }

    [Fact]
    public void A_custom_scalar_in_use_needs_a_coercer_but_an_unreachable_one_does_not()
    {
        const string sdl = "type Query { today: Date, at(time: Time): String } scalar Date scalar Time scalar Unused";

        var error = Assert.Throws<SchemaBindingException>(() => Builder(sdl).Resolve("Query", "today", _ => null).Resolve("Query", "at", _ => null).Build());
        var built = Builder(sdl)
            .Resolve("Query", "today", _ => null)
            .Resolve("Query", "at", _ => null)
            .AddScalar(new DateScalar("Date"))
            .AddScalar(new DateScalar("Time"))
            .Build();

        Assert.Equal(
            ["Date: the custom scalar has no coercer; add one with AddScalar.", "Time: the custom scalar has no coercer; add one with AddScalar."],
            error.Problems.OrderBy(p => p, StringComparer.Ordinal));
        Assert.NotNull(built);
    }

    [Fact]
    public void Types_not_reachable_from_the_roots_are_not_checked()
    {
        var schema = Builder("type Query { a: String } type Orphan { b: String }").Resolve("Query", "a", _ => "a").Build();

        Assert.NotNull(schema);
    }

    [Fact]
    public void A_typed_resolver_must_take_the_bound_clr_type_or_a_base_of_it()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Builder("type Query { author: Author } type Author { name: String }")
            .Resolve("Query", "author", _ => null)
            .BindType<GoodAuthor>("Author")
            .Resolve<BadBook>("Author", "name", (book, _) => book.Pages)
            .Build());
        var fine = Builder("type Query { author: Author } type Author { name: String }")
            .Resolve("Query", "author", _ => null)
            .BindType<GoodAuthor>("Author")
            .Resolve<object>("Author", "name", (author, _) => author.ToString())
            .Build();

        Assert.Equal(["Author.name: the resolver takes a parent of CLR type BadBook, but Author is bound to GoodAuthor."], error.Problems);
        Assert.NotNull(fine);
    }

    [Fact]
    public void Subscription_fields_need_a_source_stream()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Builder("type Query { a: String } type Subscription { ticks: Int }")
            .Resolve("Query", "a", _ => "a")
            .Build());

        Assert.Equal(["Subscription.ticks: no source event stream; register one with Subscribe(\"Subscription\", \"ticks\", ...)."], error.Problems);
    }

    [Fact]
    public async Task A_root_type_bound_to_a_clr_type_gets_an_instance_of_it_as_root_value()
    {
        var executor = new RequestExecutor(Builder("type Query { greeting: String }").BindType<QueryRoot>("Query").Build());

        Assert.Equal(Json("{'data':{'greeting':'hello'}}"), await executor.RunAsync("{ greeting }"));
    }

    [Fact]
    public void A_root_type_bound_to_a_clr_type_without_a_parameterless_constructor_needs_a_root_value()
    {
        var error = Assert.Throws<SchemaBindingException>(() => Builder("type Query { name: String }").BindType<GoodAuthor>("Query").Build());
        var given = Builder("type Query { name: String }").BindType<GoodAuthor>("Query").RootValue(new GoodAuthor("root")).Build();

        Assert.Equal(
            ["Query: bound to GoodAuthor, which has no public parameterless constructor to create the root value with; give one with RootValue(...)."],
            error.Problems);
        Assert.NotNull(given);
    }

    private static ExecutableSchemaBuilder Builder(string sdl) => new(SchemaBuilder.Build(sdl));

    public enum BadGenre
    {
        ScienceFiction,
        Fantasy,
        Horror,
    }

    public enum GoodState
    {
        On,
        Off,
    }

    public sealed class BadBook
    {
        public string Title { get; } = "";

        public string Tags { get; } = "";

        public string Author { get; } = "";

        public int Pages { get; }

        public List<string> Chapters { get; } = [];

        public BadGenre Genre { get; }

        public double Rating { get; }

        public List<GoodAuthor> Related { get; } = [];
    }

    public sealed record GoodAuthor(string Name);

    public class FittingNode
    {
        public Guid Id { get; }

        public long? Count { get; }

        public decimal Ratio { get; }

        public bool[][] Flags { get; } = [];

        public IEnumerable<object> Anything { get; } = [];

        public GoodState State { get; }

        public string StateName { get; } = "ON";

        public object? Parent { get; }

        public IReadOnlyList<DerivedNode> Children { get; } = [];
    }

    public sealed class DerivedNode : FittingNode;

    public sealed class QueryRoot
    {
        public string Greeting => "hello";
    }

    private sealed class DateScalar(string name) : ScalarCoercer
    {
        public override string Name => name;

        public override object? Serialize(object value) => value.ToString();

        public override object? ParseValue(System.Text.Json.JsonElement value) => value.GetString();

        public override object? ParseLiteral(ValueNode literal) => ((StringValueNode)literal).Value;
    }
}
