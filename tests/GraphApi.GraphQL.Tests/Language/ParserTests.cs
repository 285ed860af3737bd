using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

/// <summary>The parser's executable productions (spec §2); the other concerns are in the partial files.</summary>
public partial class ParserTests
{
    [Fact]
    public void Parses_the_query_shorthand()
    {
        var document = Parser.Parse("{ a }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("a", field.Name.Value);
        Assert.Null(field.Alias);
        Assert.Null(field.SelectionSet);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parses_every_operation_type(string text, OperationType expected)
    {
        var operation = SingleDefinition<OperationDefinitionNode>(text);

        Assert.Equal(expected, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
    }

    [Fact]
    public void Parses_an_anonymous_operation_with_variables_and_directives()
    {
        var operation = SingleDefinition<OperationDefinitionNode>("query ($a: Int) @d { a }");

        Assert.Null(operation.Name);
        Assert.Equal("a", Assert.Single(operation.VariableDefinitions).Variable.Name.Value);
        Assert.Equal("d", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parses_variable_definitions_with_descriptions_defaults_and_directives()
    {
        var operation = SingleDefinition<OperationDefinitionNode>(
            "\"op\" query Q(\"first\" $a: [Int!]! = [1] @x(y: 2), \"\"\"second\"\"\" $b: String) { a }");

        Assert.Equal("op", operation.Description?.Value);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("first", a.Description?.Value);
        Assert.False(a.Description?.Block);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        var item = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(Assert.IsType<ListValueNode>(a.DefaultValue).Values)).Value);
        var directive = Assert.Single(a.Directives);
        Assert.Equal("x", directive.Name.Value);
        Assert.Equal("y", Assert.Single(directive.Arguments).Name.Value);
        var b = operation.VariableDefinitions[1];
        Assert.Equal("second", b.Description?.Value);
        Assert.True(b.Description?.Block);
        Assert.Null(b.DefaultValue);
    }

    [Fact]
    public void Parses_aliases_arguments_directives_and_nested_selections()
    {
        var field = Assert.IsType<FieldNode>(
            Assert.Single(SingleDefinition<OperationDefinitionNode>("{ pic: picture(size: 64) @skip(if: $s) { url } }").SelectionSet.Selections));

        Assert.Equal("pic", field.Alias?.Value);
        Assert.Equal("picture", field.Name.Value);
        Assert.Equal("pic", field.ResponseKey);
        Assert.Equal("64", Assert.IsType<IntValueNode>(Assert.Single(field.Arguments).Value).Value);
        var skip = Assert.Single(field.Directives);
        Assert.Equal("s", Assert.IsType<VariableNode>(Assert.Single(skip.Arguments).Value).Name.Value);
        Assert.Equal("url", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Parses_fragment_spreads_and_inline_fragments()
    {
        var selections = SingleDefinition<OperationDefinitionNode>(
            "{ ...F @d ... on T @e { a } ... @f { b } ... { c } ...onion }").SelectionSet.Selections;

        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("T", typed.TypeCondition?.Name.Value);
        Assert.Equal("e", Assert.Single(typed.Directives).Name.Value);
        var directed = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(directed.TypeCondition);
        Assert.Equal("f", Assert.Single(directed.Directives).Name.Value);
        var bare = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);

        // A fragment name may start with "on".
        Assert.Equal("onion", Assert.IsType<FragmentSpreadNode>(selections[4]).Name.Value);
    }

    [Fact]
    public void Parses_fragment_definitions_with_descriptions()
    {
        var fragment = SingleDefinition<FragmentDefinitionNode>("\"Shared.\" fragment F on T @d { a }");

        Assert.Equal("Shared.", fragment.Description?.Value);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Equal("d", Assert.Single(fragment.Directives).Name.Value);
        Assert.Single(fragment.SelectionSet.Selections);
    }

    [Fact]
    public void Keywords_are_ordinary_names_in_other_places()
    {
        var document = Parser.Parse("query query($query: query = query) { query: fragment(on: on) ...on on { on } ... on on { type } }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("query", operation.Name?.Value);
        Assert.Equal("query", Assert.IsType<EnumValueNode>(operation.VariableDefinitions[0].DefaultValue).Value);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("query", "fragment"), (field.Alias?.Value, field.Name.Value));
        Assert.Equal("on", Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]).TypeCondition?.Name.Value);
    }

    [Fact]
    public void Every_node_has_its_byte_range_ending_at_its_last_token()
    {
        const string text = "query Q($v: [Int!] = [1]) { a: b(x: {y: \"é\"}) @d ...F }";
        var document = Parser.Parse(text);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        string Slice(SyntaxNode node) => System.Text.Encoding.UTF8.GetString(bytes[node.Location.Start..node.Location.End]);

        Assert.Equal(new Location(0, bytes.Length), document.Location);
        Assert.NotNull(document.Source);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(text, Slice(operation));
        var variable = operation.VariableDefinitions[0];
        Assert.Equal("$v: [Int!] = [1]", Slice(variable));
        Assert.Equal("$v", Slice(variable.Variable));
        Assert.Equal("[Int!]", Slice(variable.Type));
        Assert.Equal("Int!", Slice(((ListTypeNode)variable.Type).Type));
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("a: b(x: {y: \"é\"}) @d", Slice(field));
        Assert.Equal("x: {y: \"é\"}", Slice(field.Arguments[0]));
        var objectValue = Assert.IsType<ObjectValueNode>(field.Arguments[0].Value);
        Assert.Equal("y: \"é\"", Slice(objectValue.Fields[0]));
        Assert.Equal("\"é\"", Slice(objectValue.Fields[0].Value));
        Assert.Equal("@d", Slice(field.Directives[0]));
        Assert.Equal("...F", Slice(operation.SelectionSet.Selections[1]));
        Assert.Equal("{ a: b(x: {y: \"é\"}) @d ...F }", Slice(operation.SelectionSet));
    }

    [Fact]
    public void Document_location_spans_the_whole_source_including_trailing_ignored_text()
    {
        var document = Parser.Parse("  { a }  # end\n");

        Assert.Equal(new Location(0, 15), document.Location);
        Assert.Equal(new Location(2, 7), document.Definitions[0].Location);
    }

    [Fact]
    public void Byte_order_marks_are_ignored_between_tokens()
    {
        var document = Parser.Parse("\uFEFF{ a\uFEFFb }\uFEFF");

        var selections = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions)).SelectionSet.Selections;
        Assert.Equal(["a", "b"], selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Empty_lists_are_shared_empty_arrays()
    {
        var operation = SingleDefinition<OperationDefinitionNode>("{ a }");
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Same(Array.Empty<DirectiveNode>(), field.Directives);
        Assert.Same(Array.Empty<ArgumentNode>(), field.Arguments);
        Assert.Same(Array.Empty<VariableDefinitionNode>(), operation.VariableDefinitions);
    }

    [Fact]
    public void Parses_the_executable_kitchen_sink()
    {
        var document = Parser.Parse(File.ReadAllText(FixturePath("kitchen-sink.graphql")));

        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
             SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
        var listing = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Lists the shelves of a branch.\n    Indented second line.", listing.Description?.Value);
        Assert.Equal(5, listing.VariableDefinitions.Count);
        Assert.Equal("Nested list type with a constant default.", listing.VariableDefinitions[2].Description?.Value);
    }

    [Fact]
    public void Parse_accepts_a_source_and_keeps_it_on_the_document()
    {
        var source = new Source("{ a }", "my.graphql");

        var document = Parser.Parse(source);

        Assert.Same(source, document.Source);
    }

    [Fact]
    public void Names_are_right_when_many_documents_are_parsed_at_once()
    {
        // Names are shared through a lock-free cache; concurrent parses with colliding names must each
        // still get their own names.
        var failures = 0;
        Parallel.For(0, 2_000, i =>
        {
            string[] names = [$"n{i}", $"field{i % 7}", $"x{i}y", "id", $"T{i * 31}"];
            var document = Parser.Parse("{ " + string.Join(" ", names) + " }");
            var parsed = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value);
            if (!parsed.SequenceEqual(names))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }

    private static T SingleDefinition<T>(string text)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(text).Definitions));

    /// <summary>Asserts that parsing fails with exactly this message and location.</summary>
    private static void AssertSyntaxError(string text, string message, int line, int column, ParserOptions? options = null) =>
        AssertSyntaxError(() => Parser.Parse(text, options), message, line, column);

    private static void AssertSyntaxError(Action parse, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(parse).Error;

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations));
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }
}
