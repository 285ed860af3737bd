using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Tests.Infrastructure;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaPrinterTests
{
    private static readonly SchemaPrinterOptions WithAppliedDirectives = new() { IncludeAppliedDirectives = true };

    [Fact]
    public async Task Harness_schema_prints_exactly_like_graphql_js()
    {
        var sdl = File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Validation", "harness.graphql"));

        var expected = await PrintReference.PrintSchemaAsync(sdl);

        Assert.Equal(expected[0], SchemaPrinter.Print(SchemaBuilder.Build(sdl)));
    }

    [Fact]
    public async Task Schema_using_every_feature_prints_exactly_like_graphql_js()
    {
        var expected = await PrintReference.PrintSchemaAsync(FeatureSchema);

        Assert.Equal(expected[0], SchemaPrinter.Print(SchemaBuilder.Build(FeatureSchema)));
    }

    [Fact]
    public async Task Schema_definition_is_printed_only_when_it_says_something_like_graphql_js()
    {
        string[] schemas =
        [
            "type Query { a: Int }",
            "type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }",
            "schema { query: Root } type Root { a: Int }",
            "\"Described.\" schema { query: Query } type Query { a: Int }",
            "schema { query: Query } type Query { a: Int } type Mutation { b: Int }",
            "schema { query: Query subscription: Events } type Query { a: Int } type Events { b: Int }",
        ];

        var expected = await PrintReference.PrintSchemaAsync(schemas);

        Assert.Equal(expected, schemas.Select(sdl => SchemaPrinter.Print(SchemaBuilder.Build(sdl))).ToArray());
        Assert.DoesNotContain("schema {", expected[0], StringComparison.Ordinal);
        Assert.DoesNotContain("schema {", expected[1], StringComparison.Ordinal);
        Assert.All(expected.Skip(2), printed => Assert.Contains("schema {", printed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("harness")]
    [InlineData("feature")]
    public void Printed_schema_builds_a_schema_that_prints_the_same(string which)
    {
        var sdl = which == "feature"
            ? FeatureSchema
            : File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Validation", "harness.graphql"));

        foreach (var options in new[] { SchemaPrinterOptions.Default, WithAppliedDirectives })
        {
            var printed = SchemaPrinter.Print(SchemaBuilder.Build(sdl), options);

            Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.Build(printed), options));
        }
    }

    [Fact]
    public void Applied_custom_directives_are_left_out_by_default_like_graphql_js()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.Build(DirectivesSchema));

        Assert.Equal(
            """"
            directive @auth(role: String!) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

            interface Node {
              id: ID!
            }

            type Query implements Node {
              id: ID!
              link(to: Url @deprecated(reason: "Use `path`."), path: String): Url @deprecated
              search(by: By = { name: "x" }): Result
            }

            union Result = Query

            enum Level {
              LOW
              HIGH @deprecated(reason: "Too high.")
            }

            input By @oneOf {
              name: String
              id: ID @deprecated
            }
            """".ReplaceLineEndings("\n"),
            printed);
    }

    [Fact]
    public void Applied_directives_are_printed_in_source_order_after_the_built_in_ones_when_asked()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.Build(DirectivesSchema), WithAppliedDirectives);

        Assert.Equal(
            """"
            schema @auth(role: "schema") {
              query: Query
            }

            directive @auth(role: String!) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/") @auth(role: "scalar")

            interface Node @auth(role: "interface") {
              id: ID! @auth(role: "interface field")
            }

            type Query implements Node @auth(role: "object") @auth(role: "object again") @auth(role: "extension") {
              id: ID!
              link(to: Url @deprecated(reason: "Use `path`.") @auth(role: "argument"), path: String): Url @deprecated @auth(role: "field")
              search(by: By = { name: "x" }): Result
            }

            union Result @auth(role: "union") = Query

            enum Level @auth(role: "enum") {
              LOW @auth(role: "enum value")
              HIGH @deprecated(reason: "Too high.") @auth(role: "deprecated enum value")
            }

            input By @oneOf @auth(role: "input") {
              name: String @auth(role: "input field")
              id: ID @deprecated @auth(role: "deprecated input field")
            }
            """".ReplaceLineEndings("\n"),
            printed);
    }

    [Fact]
    public void Applied_directives_survive_printing_and_building_again()
    {
        var schema = SchemaBuilder.Build(DirectivesSchema);

        var rebuilt = SchemaBuilder.Build(SchemaPrinter.Print(schema, WithAppliedDirectives));

        Assert.Equal(CustomDirectives(schema), CustomDirectives(rebuilt));
        Assert.Equal(3, rebuilt.GetType("Query")!.AppliedDirectives.Count);
        Assert.Equal("Too high.", ((EnumType)rebuilt.GetType("Level")!).Values["HIGH"]!.DeprecationReason);
        Assert.Equal("https://url.spec.whatwg.org/", ((ScalarType)rebuilt.GetType("Url")!).SpecifiedByUrl);
    }

    [Fact]
    public void Print_rejects_missing_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => SchemaPrinter.Print(null!));
        Assert.Throws<ArgumentNullException>(() => SchemaPrinter.Print(SchemaBuilder.Build("type Query { a: Int }"), null!));
    }

    /// <summary>
    /// Every custom directive applied anywhere in the schema, as "element: @name(arguments)", in model order.
    /// The built-in ones are left out: the printer writes them first, from the model's properties.
    /// </summary>
    private static List<string> CustomDirectives(Schema schema)
    {
        var found = new List<string>();
        void Add(string element, IReadOnlyList<DirectiveNode> directives) => found.AddRange(directives
            .Where(d => d.Name.Value is not ("deprecated" or "specifiedBy" or "oneOf"))
            .Select(d => element + ": " + Printer.Print(d)));

        Add("schema", schema.AppliedDirectives);
        foreach (var type in schema.Types)
        {
            Add(type.Name, type.AppliedDirectives);
            switch (type)
            {
                case FieldsType fieldsType:
                    foreach (var field in fieldsType.Fields)
                    {
                        Add(type.Name + "." + field.Name, field.AppliedDirectives);
                        foreach (var argument in field.Arguments)
                        {
                            Add(type.Name + "." + field.Name + "(" + argument.Name + ":)", argument.AppliedDirectives);
                        }
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Add(type.Name + "." + value.Name, value.AppliedDirectives);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Add(type.Name + "." + field.Name, field.AppliedDirectives);
                    }

                    break;
            }
        }

        return found;
    }
}
