using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Tests.Infrastructure;

namespace GraphApi.GraphQL.Tests.Language;

public partial class PrinterTests
{
    public static TheoryData<string> KitchenSinks => new() { "kitchen-sink.graphql", "schema-kitchen-sink.graphql" };

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void Printed_kitchen_sink_parses_back_to_the_same_ast(string fixture)
    {
        var ast = Parser.Parse(ReadFixture(fixture));

        var reparsed = Parser.Parse(Printer.Print(ast));

        AstComparer.AssertEqual(ast, reparsed);
    }

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public void Printing_a_printed_document_again_changes_nothing(string fixture)
    {
        var printed = Printer.Print(Parser.Parse(ReadFixture(fixture)));

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [MemberData(nameof(KitchenSinks))]
    public async Task Kitchen_sink_prints_exactly_like_graphql_js(string fixture)
    {
        var source = ReadFixture(fixture);

        var expected = await PrintReference.PrintAsync(source);

        Assert.Equal(expected[0], Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public async Task Layout_corpus_prints_exactly_like_graphql_js()
    {
        var expected = await PrintReference.PrintAsync(LayoutCorpus);

        for (var i = 0; i < LayoutCorpus.Length; i++)
        {
            var actual = Printer.Print(Parser.Parse(LayoutCorpus[i]));
            Assert.True(expected[i] == actual, $"Document {i} prints differently.\n--- graphql-js\n{expected[i]}\n--- ours\n{actual}");
        }
    }

    [Fact]
    public void Layout_corpus_parses_back_to_the_same_ast()
    {
        foreach (var document in LayoutCorpus)
        {
            var ast = Parser.Parse(document);
            AstComparer.AssertEqual(ast, Parser.Parse(Printer.Print(ast)));
        }
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($v: Int) { a }", "query ($v: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("\"d\" query { a }", "\"d\"\nquery {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription { a }", "subscription {\n  a\n}")]
    public void Query_shorthand_is_used_only_when_nothing_but_the_selection_set_follows_query(string document, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(document)));
    }

    [Fact]
    public void Arguments_stay_on_one_line_up_to_80_columns_and_wrap_beyond()
    {
        var fits = "f(a: \"" + new string('x', 72) + "\")";
        var tooLong = "f(a: \"" + new string('x', 73) + "\")";

        Assert.Equal("{\n  " + fits + "\n}", Printer.Print(Parser.Parse("{ " + fits + " }")));
        Assert.Equal(
            "{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}",
            Printer.Print(Parser.Parse("{ " + tooLong + " }")));
    }

    [Fact]
    public void Long_list_and_object_values_break_into_one_item_per_line()
    {
        var items = string.Join(", ", Enumerable.Range(0, 20).Select(i => "VALUE" + i));

        var printed = Printer.Print(Parser.Parse("{ f(list: [" + items + "], obj: {a: 1, b: [" + items + "]}) }"));

        Assert.Equal(
            """
            {
              f(
                list: [
                  VALUE0
                  VALUE1
                  VALUE2
                  VALUE3
                  VALUE4
                  VALUE5
                  VALUE6
                  VALUE7
                  VALUE8
                  VALUE9
                  VALUE10
                  VALUE11
                  VALUE12
                  VALUE13
                  VALUE14
                  VALUE15
                  VALUE16
                  VALUE17
                  VALUE18
                  VALUE19
                ]
                obj: {
                  a: 1
                  b: [
                    VALUE0
                    VALUE1
                    VALUE2
                    VALUE3
                    VALUE4
                    VALUE5
                    VALUE6
                    VALUE7
                    VALUE8
                    VALUE9
                    VALUE10
                    VALUE11
                    VALUE12
                    VALUE13
                    VALUE14
                    VALUE15
                    VALUE16
                    VALUE17
                    VALUE18
                    VALUE19
                  ]
                }
              )
            }
            """.ReplaceLineEndings("\n"),
            printed);
    }

    [Fact]
    public void Empty_object_value_keeps_both_inner_spaces_like_graphql_js()
    {
        Assert.Equal("{\n  f(a: {  }, b: [])\n}", Printer.Print(Parser.Parse("{ f(a: {}, b: []) }")));
    }

    [Fact]
    public void Variables_with_descriptions_go_one_per_line_without_indentation()
    {
        var printed = Printer.Print(Parser.Parse("query Q(\"the id\" $id: ID!, $n: Int = 1 @d) { a }"));

        Assert.Equal("query Q(\n\"the id\"\n$id: ID!\n$n: Int = 1 @d\n) {\n  a\n}", printed);
    }

    [Fact]
    public void Block_string_lines_take_the_indentation_of_their_block_including_empty_lines()
    {
        var printed = Printer.Print(Parser.Parse("type T {\n  \"\"\"\n  first\n\n  second\n  \"\"\"\n  f: Int\n}"));

        Assert.Equal("type T {\n  \"\"\"\n  first\n  \n  second\n  \"\"\"\n  f: Int\n}", printed);
    }

    [Fact]
    public void Arguments_definitions_with_a_description_go_one_per_line()
    {
        var printed = Printer.Print(Parser.Parse("type T { f(\"about a\" a: Int, b: [String!]! = [\"x\"] @d): Int }"));

        Assert.Equal("type T {\n  f(\n    \"about a\"\n    a: Int\n    b: [String!]! = [\"x\"] @d\n  ): Int\n}", printed);
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with backslash\\", "\"\"\"\nends with backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("\"\"\"", "\"\"\"\n\\\"\"\"\n\"\"\"")]
    [InlineData("line1\nline2", "\"\"\"\nline1\nline2\n\"\"\"")]
    [InlineData("first\n  indented\n\n  more", "\"\"\"\nfirst\n  indented\n\n  more\n\"\"\"")]
    [InlineData("  indented\nnot", "\"\"\"\n  indented\nnot\n\"\"\"")]
    public void Block_strings_print_so_that_they_parse_back_to_their_value(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode(value, block: true, Location.None));

        Assert.Equal(expected, printed);
        var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(printed));
        Assert.Equal(value, reparsed.Value);
        Assert.True(reparsed.Block);
    }

    [Theory]
    [InlineData(70, false)]
    [InlineData(71, true)]
    public void Block_strings_longer_than_70_characters_get_lines_of_their_own(int length, bool ownLines)
    {
        var value = new string('a', length);

        var printed = Printer.Print(new StringValueNode(value, block: true, Location.None));

        Assert.Equal(ownLines ? "\"\"\"\n" + value + "\n\"\"\"" : "\"\"\"" + value + "\"\"\"", printed);
    }

    [Theory]
    [InlineData("plain é 😀", "\"plain é 😀\"")]
    [InlineData("quote \" backslash \\", "\"quote \\\" backslash \\\\\"")]
    [InlineData("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\u0000\u0001\u000B\u001F", "\"\\u0000\\u0001\\u000B\\u001F\"")]
    [InlineData("\u007F\u0085\u009F\u00A0", "\"\\u007F\\u0085\\u009F\u00A0\"")]
    public void Strings_escape_quote_backslash_and_control_characters(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode(value, block: false, Location.None));

        Assert.Equal(expected, printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public async Task Schema_coordinates_print_like_graphql_js()
    {
        var name = new NameNode("Type", Location.None);
        var member = new NameNode("field", Location.None);
        var argument = new NameNode("arg", Location.None);
        SchemaCoordinateNode[] coordinates =
        [
            new(SyntaxKind.TypeCoordinate, false, name, null, null, Location.None),
            new(SyntaxKind.MemberCoordinate, false, name, member, null, Location.None),
            new(SyntaxKind.ArgumentCoordinate, false, name, member, argument, Location.None),
            new(SyntaxKind.DirectiveCoordinate, true, name, null, null, Location.None),
            new(SyntaxKind.DirectiveArgumentCoordinate, true, name, null, argument, Location.None),
        ];

        var expected = await PrintReference.PrintCoordinatesAsync("Type", "Type.field", "Type.field(arg:)", "@Type", "@Type(arg:)");

        Assert.Equal(expected, coordinates.Select(Printer.Print).ToArray());
    }

    [Fact]
    public void A_single_node_prints_on_its_own()
    {
        var document = Parser.Parse("query Q($v: [Int!]! = [1]) { alias: f(a: $v) @skip(if: false) { ...F } }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);

        Assert.Equal("$v: [Int!]! = [1]", Printer.Print(operation.VariableDefinitions[0]));
        Assert.Equal("[Int!]!", Printer.Print(operation.VariableDefinitions[0].Type));
        Assert.Equal("alias: f(a: $v) @skip(if: false) {\n  ...F\n}", Printer.Print(field));
        Assert.Equal("@skip(if: false)", Printer.Print(field.Directives[0]));
        Assert.Equal("a: $v", Printer.Print(field.Arguments[0]));
    }

    private static string ReadFixture(string name) =>
        File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Language", "Fixtures", name));
}
