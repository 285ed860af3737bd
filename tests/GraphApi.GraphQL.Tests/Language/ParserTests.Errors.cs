namespace GraphApi.GraphQL.Tests.Language;

/// <summary>Each class of syntax error with its message and location; every one checked against graphql-js 17.1.0.</summary>
public partial class ParserTests
{
    [Theory]
    // Unexpected tokens and end of file
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData(" ,,,  ", "Unexpected <EOF>.", 1, 7)]
    [InlineData("# only a comment", "Unexpected <EOF>.", 1, 17)]
    [InlineData("{ a", "Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("{ a } extra", "Unexpected Name \"extra\".", 1, 7)]
    [InlineData("foo { a }", "Unexpected Name \"foo\".", 1, 1)]
    [InlineData("query foo bar { a }", "Expected \"{\", found Name \"bar\".", 1, 11)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("\"a\" \"b\"", "Unexpected String \"b\".", 1, 5)]
    // Empty selection sets, arguments and variable lists (spec: Selection+, Argument+, VariableDefinition+)
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("query { }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ a { } }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    // Fields, arguments, values
    [InlineData("{ a(x:) }", "Unexpected \")\".", 1, 7)]
    [InlineData("{ a(x: 1 }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a: 1 }", "Expected Name, found Int \"1\".", 1, 6)]
    [InlineData("{ a(x: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(x: {a: 1) }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("{ a(x: {a 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(x: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(x: $1) }", "Expected Name, found Int \"1\".", 1, 9)]
    [InlineData("{ a(x: \"\" \"\") }", "Expected Name, found String \"\".", 1, 11)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a @skip( }", "Expected Name, found \"}\".", 1, 12)]
    [InlineData("{ a(x: 1 ...) }", "Expected Name, found \"...\".", 1, 10)]
    // Fragments (spec §2.8): `on` is required and is not a fragment name
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment F", "Expected \"on\", found <EOF>.", 1, 11)]
    [InlineData("fragment F on { a }", "Expected Name, found \"{\".", 1, 15)]
    [InlineData("fragment F on T", "Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("{ ... on }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 1, 7)]
    // Variables: types, defaults, constants
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: Int = 1 = 2) { a }", "Expected \"$\", found \"=\".", 1, 21)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($v: Int = {a: $b}) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($v: Int = [$b]) { a }", "Unexpected variable \"$b\" in constant value.", 1, 20)]
    [InlineData("query Q(\n  $a: Int = $b\n) { a }", "Unexpected variable \"$b\" in constant value.", 2, 13)]
    [InlineData("type T { a(x: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    // Descriptions
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("{ a }\n\n   \"desc\"   { b }", "Unexpected description, descriptions are not supported on shorthand queries.", 3, 4)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" foo", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    // Type system definitions
    [InlineData("schema {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { foo: Q }", "Unexpected Name \"foo\".", 1, 10)]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema @d", "Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("type T {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { a }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { a: Int = 1 }", "Expected Name, found \"=\".", 1, 17)]
    [InlineData("type T { a(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("type T implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A B { a: Int }", "Unexpected Name \"B\".", 1, 21)]
    [InlineData("type T implements A & { a: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = A |", "Expected Name, found <EOF>.", 1, 14)]
    [InlineData("union U | A", "Unexpected \"|\".", 1, 9)]
    [InlineData("enum E {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("input I {}", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("input I { a(x: Int): Int }", "Expected \":\", found \"(\".", 1, 12)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on", "Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 14)]
    // Extensions must add something
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend type T { a: Int } extend type U", "Unexpected <EOF>.", 1, 39)]
    [InlineData("extend foo T", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend \"x\"", "Unexpected String \"x\".", 1, 8)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    // Line counting: LF, CRLF and lone CR each end a line; BOMs take no column in graphql-js's UTF-16 count either
    [InlineData("{\n  a\n  b(x: 1.)\n}", "Invalid number, expected digit but got: \")\".", 3, 10)]
    [InlineData("{\r\n  a\r\n  b(x: 1.)\r\n}", "Invalid number, expected digit but got: \")\".", 3, 10)]
    [InlineData("{\r  a\r  b(x: 1.)\r}", "Invalid number, expected digit but got: \")\".", 3, 10)]
    [InlineData("{ a(x: \"\"\"\r\n multi\r\n line\r\n\"\"\", y: 00) }", "Invalid number, unexpected digit after 0: \"0\".", 4, 10)]
    [InlineData("\uFEFF\uFEFF{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 1, 12)]
    // Columns count UTF-16 code units, as graphql-js does
    [InlineData("{ a(x: \"😀\", y: 00) }", "Invalid number, unexpected digit after 0: \"0\".", 1, 18)]
    [InlineData("# é 😀 comment\n{ a(x: 1.) }", "Invalid number, expected digit but got: \")\".", 2, 10)]
    public void Reports_each_syntax_error_where_graphql_js_does(string text, string message, int line, int column) =>
        AssertSyntaxError(text, message, line, column);

    [Theory]
    // graphql-js 17 goes beyond the spec here; the spec's grammar (§3.13 DirectiveDefinition, §3.1.1
    // TypeSystemExtension) has no directives on directive definitions and no directive extensions.
    [InlineData("directive @d @e on FIELD", "Expected \"on\", found \"@\".", 1, 14)]
    [InlineData("extend directive @d @e", "Unexpected Name \"directive\".", 1, 8)]
    public void Follows_the_spec_where_graphql_js_extends_the_grammar(string text, string message, int line, int column) =>
        AssertSyntaxError(text, message, line, column);
}
