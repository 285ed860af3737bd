using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

public partial class ParserTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("123456789012345678901234567890")]
    public void Int_values_keep_their_source_text(string text) =>
        Assert.Equal(text, Assert.IsType<IntValueNode>(Parser.ParseValue(text)).Value);

    [Theory]
    [InlineData("1.0")]
    [InlineData("-0.5e-10")]
    [InlineData("6.02E+23")]
    [InlineData("1e1000")]
    public void Float_values_keep_their_source_text(string text) =>
        Assert.Equal(text, Assert.IsType<FloatValueNode>(Parser.ParseValue(text)).Value);

    [Fact]
    public void Names_in_value_position_are_booleans_null_or_enum_values()
    {
        Assert.True(Assert.IsType<BooleanValueNode>(Parser.ParseValue("true")).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(Parser.ParseValue("false")).Value);
        Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(Parser.ParseValue("RED")).Value);
        Assert.Equal("True", Assert.IsType<EnumValueNode>(Parser.ParseValue("True")).Value);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"plain text\"", "plain text")]
    [InlineData("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t")]
    [InlineData("\"\\u0041\\u00e9\\u00E9\"", "Aéé")]
    [InlineData("\"\\u{41}\\u{0000E9}\\u{1F600}\"", "Aé😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"\\ud83d\\ude00 and \\u{10FFFF}\"", "😀 and \U0010FFFF")]
    [InlineData("\"\\u0000\"", "\0")]
    [InlineData("\"unescaped é 😀 \u0001\"", "unescaped é 😀 \u0001")]
    [InlineData("\"a\\u{1F600}b\\nc\"", "a😀b\nc")]
    public void Quoted_strings_resolve_every_escape(string text, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(text));

        Assert.Equal(expected, value.Value);
        Assert.False(value.Block);
    }

    [Fact]
    public void Long_strings_with_escapes_are_decoded_whole()
    {
        string body = string.Concat(Enumerable.Repeat("ab\\u00e9\\n😀", 500));
        string expected = string.Concat(Enumerable.Repeat("abé\n😀", 500));

        Assert.Equal(expected, Assert.IsType<StringValueNode>(Parser.ParseValue("\"" + body + "\"")).Value);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"escapes \\n \\u0041 stay\"\"\"", "escapes \\n \\u0041 stay")]
    [InlineData("\"\"\"quote \\\"\"\" inside\"\"\"", "quote \"\"\" inside")]
    [InlineData("\"\"\"\\\\\"\"\"\"\"\"", "\\\"\"\"")]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines")]
    [InlineData("\"\"\"  first stays\n    second\n      third\n  \"\"\"", "  first stays\nsecond\n  third")]
    public void Block_strings_are_raw_and_dedented(string text, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(text));

        Assert.Equal(expected, value.Value);
        Assert.True(value.Block);
    }

    [Fact]
    public void Parses_lists_and_objects_including_empty_ones()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, \"two\", [], {}, {a: [null], b: $v}]"));

        Assert.Equal(5, list.Values.Count);
        Assert.Empty(Assert.IsType<ListValueNode>(list.Values[2]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(list.Values[3]).Fields);
        var obj = Assert.IsType<ObjectValueNode>(list.Values[4]);
        Assert.Equal(["a", "b"], obj.Fields.Select(f => f.Name.Value));
        Assert.IsType<NullValueNode>(Assert.Single(Assert.IsType<ListValueNode>(obj.Fields[0].Value).Values));
        Assert.Equal("v", Assert.IsType<VariableNode>(obj.Fields[1].Value).Name.Value);
    }

    [Fact]
    public void Parse_const_value_rejects_variables()
    {
        Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: [1, ENUM]}"));
        AssertSyntaxError(() => Parser.ParseConstValue("{a: [1, $v]}"), "Unexpected variable \"$v\" in constant value.", 1, 9);
        AssertSyntaxError(() => Parser.ParseConstValue("$"), "Unexpected \"$\".", 1, 1);
    }

    [Fact]
    public void Parse_value_must_consume_the_whole_text()
    {
        AssertSyntaxError(() => Parser.ParseValue("1 2"), "Expected <EOF>, found Int \"2\".", 1, 3);
        AssertSyntaxError(() => Parser.ParseValue(""), "Unexpected <EOF>.", 1, 1);
        AssertSyntaxError(() => Parser.ParseValue("["), "Unexpected <EOF>.", 1, 2);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        var item = Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
        Assert.Equal(new Location(0, 9), type.Location);
        Assert.Equal(new Location(0, 8), outer.Location);

        AssertSyntaxError(() => Parser.ParseType("Int!!"), "Expected <EOF>, found \"!\".", 1, 5);
        AssertSyntaxError(() => Parser.ParseType("[Int"), "Expected \"]\", found <EOF>.", 1, 5);
        AssertSyntaxError(() => Parser.ParseType("[]"), "Expected Name, found \"]\".", 1, 2);
        AssertSyntaxError(() => Parser.ParseType("!"), "Expected Name, found \"!\".", 1, 1);
    }

    [Theory]
    [InlineData("Type", SyntaxKind.TypeCoordinate, false, "Type", null, null)]
    [InlineData("Type.field", SyntaxKind.MemberCoordinate, false, "Type", "field", null)]
    [InlineData("Type.field(arg:)", SyntaxKind.ArgumentCoordinate, false, "Type", "field", "arg")]
    [InlineData("@dir", SyntaxKind.DirectiveCoordinate, true, "dir", null, null)]
    [InlineData("@dir(arg:)", SyntaxKind.DirectiveArgumentCoordinate, true, "dir", null, "arg")]
    public void Parses_every_schema_coordinate_form(string text, SyntaxKind kind, bool isDirective, string name, string? member, string? argument)
    {
        var coordinate = Parser.ParseSchemaCoordinate(text);

        Assert.Equal(kind, coordinate.Kind);
        Assert.Equal(isDirective, coordinate.IsDirective);
        Assert.Equal(name, coordinate.Name.Value);
        Assert.Equal(member, coordinate.MemberName?.Value);
        Assert.Equal(argument, coordinate.ArgumentName?.Value);
        Assert.Equal(new Location(0, text.Length), coordinate.Location);
    }

    [Theory]
    [InlineData("Type.field.x", "Expected <EOF>, found \".\".", 11)]
    [InlineData("Type.", "Expected Name, found <EOF>.", 6)]
    [InlineData("Type..field", "Expected Name, found \".\".", 6)]
    [InlineData("@", "Expected Name, found <EOF>.", 2)]
    [InlineData("@dir.field", "Expected <EOF>, found \".\".", 5)]
    [InlineData("Type(arg:)", "Expected <EOF>, found \"(\".", 5)]
    [InlineData("Type.field(arg)", "Expected \":\", found \")\".", 15)]
    [InlineData("Type.field(arg:", "Expected \")\", found <EOF>.", 16)]
    [InlineData(" Type", "Invalid character: \" \".", 1)]
    [InlineData("Type.field( arg:)", "Invalid character: \" \".", 12)]
    [InlineData("", "Expected Name, found <EOF>.", 1)]
    [InlineData("1Type", "Invalid character: \"1\".", 1)]
    [InlineData("Type#", "Invalid character: \"#\".", 5)]
    [InlineData("Type.fiéld", "Invalid character: U+00E9.", 8)]
    [InlineData("Type.field(arg:)x", "Expected <EOF>, found Name \"x\".", 17)]
    public void Schema_coordinate_errors_match_graphql_js(string text, string message, int column) =>
        AssertSyntaxError(() => Parser.ParseSchemaCoordinate(text), message, 1, column);
}
