using GraphApi.GraphQL.Language;
using static GraphApi.GraphQL.Tests.Execution.Values.CoercionFixture;

namespace GraphApi.GraphQL.Tests.Execution.Values;

/// <summary>Spec §6.1.2 CoerceVariableValues, with the input coercion tables of §3.10, §3.10.1 and §3.11 given as variables.</summary>
public class VariableCoercionTests
{
    private static string Coerced(string query, string json, string variable = "var")
    {
        var result = Variables(query, json);
        Assert.Empty(result.Errors);
        return Show(result.Values[variable]);
    }

    private static string[] Errors(string query, string? json) =>
        Variables(query, json).Errors.Select(e => e.Message).ToArray();

    [Fact]
    public void Absent_null_and_default_are_told_apart()
    {
        const string query = "query($a: Int, $b: Int = 3, $c: Int = null, $d: Int, $e: Int! = 4) { field }";

        var absent = Variables(query, "{}");
        Assert.Empty(absent.Errors);
        Assert.False(absent.Values.ContainsKey("a")); // absent stays absent, so an argument's own default can apply
        Assert.Equal(3, absent.Values["b"]);
        Assert.True(absent.Values.ContainsKey("c"));
        Assert.Null(absent.Values["c"]);
        Assert.Equal(4, absent.Values["e"]);

        var given = Variables(query, """{"a": null, "b": null, "d": 5, "e": 6}""");
        Assert.Empty(given.Errors);
        Assert.True(given.Values.ContainsKey("a"));
        Assert.Null(given.Values["a"]);
        Assert.Null(given.Values["b"]); // an explicit null replaces the default
        Assert.Equal(5, given.Values["d"]);
        Assert.Equal(6, given.Values["e"]);
    }

    [Fact]
    public void Missing_inputs_are_no_variables_at_all()
    {
        var result = Variables("query($a: Int = 1) { field }", null);
        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Values["a"]);

        Assert.Empty(Variables("{ field }", "null").Values);
    }

    [Fact]
    public void Non_null_variables_must_be_given_and_not_null()
    {
        const string query = "query($x: Int!) { field }";
        Assert.Equal(["Variable \"$x\" has invalid value: Expected a value of non-null type \"Int!\" to be provided."], Errors(query, "{}"));
        Assert.Equal(["Variable \"$x\" has invalid value: Expected value of non-null type \"Int!\" not to be null."], Errors(query, """{"x": null}"""));
    }

    [Fact]
    public void Errors_are_request_errors_at_the_variable_definition()
    {
        var result = Variables("query Q(\n  $ok: Int\n  $x: Int!\n) { field }", """{"x": "1"}""");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Variable \"$x\" has invalid value: Int cannot represent non-integer value: \"1\"", error.Message);
        Assert.Equal([new SourceLocation(3, 3)], error.Locations);
        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Null(error.Path);
    }

    [Fact]
    public void Every_error_of_every_variable_is_reported_with_its_path()
    {
        var errors = Errors(
            "query($a: [[Int]], $b: ExampleInputObject, $c: Deep) { field }",
            """{"a": [[1], ["b", true]], "b": {"a": 1, "b": "x"}, "c": {"items": [{"value": 1}, {"value": 1.5, "items": [null]}]}}""");
        Assert.Equal(
            [
                "Variable \"$a\" has invalid value at [1][0]: Int cannot represent non-integer value: \"b\"",
                "Variable \"$a\" has invalid value at [1][1]: Int cannot represent non-integer value: true",
                "Variable \"$b\" has invalid value at .a: String cannot represent a non string value: 1",
                "Variable \"$b\" has invalid value at .b: Int cannot represent non-integer value: \"x\"",
                "Variable \"$c\" has invalid value at .items[1].items[0]: Expected value of non-null type \"Deep!\" not to be null.",
                "Variable \"$c\" has invalid value at .items[1].value: Int cannot represent non-integer value: 1.5",
            ],
            errors);
    }

    [Fact]
    public void Variables_must_be_an_object()
    {
        var error = Assert.Single(Variables("query($a: Int) { field }", "[1]").Errors);
        Assert.Equal("Variables must be provided as a JSON object, found: [1].", error.Message);
        Assert.Equal("BAD_USER_INPUT", error.Code);
    }

    [Fact]
    public void Unvalidated_documents_get_errors_instead_of_crashes()
    {
        Assert.Equal(
            ["Variable \"$x\" expected value of type \"Query\" which cannot be used as an input type."],
            Errors("query($x: Query) { field }", "{}"));
        Assert.Equal(
            ["Variable \"$x\" expected value of type \"[Nope]\" which cannot be used as an input type."],
            Errors("query($x: [Nope]) { field }", "{}"));
        Assert.Equal(
            ["Variable \"$x\" has invalid default value: Int cannot represent non-integer value: \"a\""],
            Errors("query($x: Int = \"a\") { field }", "{}"));
    }

    [Theory] // spec §3.11 List Input Coercion table
    [InlineData("[Int]", "[1, 2, 3]", "[1,2,3]")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("[Int]", "null", "null")]
    [InlineData("[[Int]]", "[[1], [2, 3]]", "[[1],[2,3]]")]
    [InlineData("[[Int]]", "[1, 2, 3]", "[[1],[2],[3]]")]
    [InlineData("[[Int]]", "[1, null, 3]", "[[1],null,[3]]")]
    [InlineData("[[Int]]", "1", "[[1]]")]
    [InlineData("[[Int]]", "null", "null")]
    [InlineData("[Int!]!", "[]", "[]")]
    public void Lists_coerce_item_by_item_and_wrap_single_values(string type, string value, string expected) =>
        Assert.Equal(expected, Coerced($"query($var: {type}) {{ field }}", $$"""{"var": {{value}}}"""));

    [Theory]
    [InlineData("[Int]", "[1, \"b\", true]", "Variable \"$var\" has invalid value at [1]: Int cannot represent non-integer value: \"b\"")]
    [InlineData("[[Int]]", "[[1], [\"b\"]]", "Variable \"$var\" has invalid value at [1][0]: Int cannot represent non-integer value: \"b\"")]
    [InlineData("[Int!]", "[1, null]", "Variable \"$var\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("[Int]!", "null", "Variable \"$var\" has invalid value: Expected value of non-null type \"[Int]!\" not to be null.")]
    public void List_errors_name_the_item(string type, string value, string expected) =>
        Assert.Equal(expected, Errors($"query($var: {type}) {{ field }}", $$"""{"var": {{value}}}""")[0]);

    [Theory] // spec §3.10 Input Object Input Coercion table, rows given by a variable
    [InlineData("""{ "b": 123 }""", """{"b":123}""")]
    [InlineData("""{ "a": "abc", "b": 123 }""", """{"a":"abc","b":123}""")]
    [InlineData("""{ "a": null, "b": 123 }""", """{"a":null,"b":123}""")]
    public void Input_objects_keep_given_fields_and_nulls(string value, string expected) =>
        Assert.Equal(expected, Coerced("query($var: ExampleInputObject) { field }", $$"""{"var": {{value}}}"""));

    [Theory]
    [InlineData("\"abc123\"", "Expected value of type \"ExampleInputObject\" to be an object, found: \"abc123\".")]
    [InlineData("[{\"b\": 1}]", "Expected value of type \"ExampleInputObject\" to be an object, found: [{ b: 1 }].")]
    [InlineData("""{ "a": "abc" }""", "Expected value of type \"ExampleInputObject\" to include required field \"b\", found: { a: \"abc\" }.")]
    [InlineData("""{ "b": null }""", "at .b: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("""{ "a": "abc", "b": "123" }""", "at .b: Int cannot represent non-integer value: \"123\"")]
    [InlineData("""{ "b": 123, "c": "xyz" }""", "Expected value of type \"ExampleInputObject\" not to include unknown field \"c\". Did you mean \"a\" or \"b\"? Found: { b: 123, c: \"xyz\" }.")]
    [InlineData("""{ "b": 123, "unknown": 1 }""", "Expected value of type \"ExampleInputObject\" not to include unknown field \"unknown\", found: { b: 123, unknown: 1 }.")]
    public void Input_object_errors(string value, string expected)
    {
        var message = Assert.Single(Errors("query($var: ExampleInputObject) { field }", $$"""{"var": {{value}}}"""));
        Assert.Equal("Variable \"$var\" has invalid value" + (expected.StartsWith("at ", StringComparison.Ordinal) ? " " : ": ") + expected, message);
    }

    [Fact]
    public void Input_object_fields_take_their_defaults()
    {
        Assert.Equal(
            """{"x":1,"list":[2],"nested":{"b":5},"color":"RED","nullable":null}""",
            Coerced("query($var: WithDefaults) { field }", """{"var": {}}"""));
        Assert.Equal(
            """{"x":null,"list":[3,4],"nested":{"a":"z","b":6},"color":"BLUE","nullable":"n","none":"m"}""",
            Coerced(
                "query($var: WithDefaults) { field }",
                """{"var": {"x": null, "list": [3, 4], "nested": {"a": "z", "b": 6}, "color": "BLUE", "nullable": "n", "none": "m"}}"""));
    }

    [Theory] // spec §3.10.1 OneOf Input Object Input Coercion table, rows given by a variable
    [InlineData("""{ "a": "abc" }""", """{"a":"abc"}""")]
    [InlineData("""{ "b": 123 }""", """{"b":123}""")]
    public void One_of_accepts_exactly_one_non_null_field(string value, string expected) =>
        Assert.Equal(expected, Coerced("query($var: ExampleOneOfInputObject) { field }", $$"""{"var": {{value}}}"""));

    [Theory]
    [InlineData("""{ "a": null }""", " at .a")]
    [InlineData("""{ "a": "abc", "b": 123 }""", "")]
    [InlineData("{}", "")]
    public void One_of_rejects_none_several_or_null(string value, string path) =>
        Assert.Equal(
            [$"Variable \"$var\" has invalid value{path}: Within OneOf Input Object type \"ExampleOneOfInputObject\", exactly one field must be specified, and the value for that field must be non-null."],
            Errors("query($var: ExampleOneOfInputObject) { field }", $$"""{"var": {{value}}}"""));

    [Fact]
    public void Enums_coerce_to_their_names()
    {
        Assert.Equal("\"GREEN\"", Coerced("query($var: Color) { field }", """{"var": "GREEN"}"""));
        Assert.Equal(
            ["Variable \"$var\" has invalid value: Value \"Red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?"],
            Errors("query($var: Color) { field }", """{"var": "Red"}"""));
        Assert.Equal(
            ["Variable \"$var\" has invalid value: Enum \"Color\" cannot represent non-string value: 1."],
            Errors("query($var: Color) { field }", """{"var": 1}"""));
    }

    [Fact]
    public void A_custom_scalar_without_coercer_takes_the_value_as_given()
    {
        Assert.Equal(
            """{"a":[1,2.5,"x",true,null],"big":12345678901}""",
            Coerced("query($var: Json) { field }", """{"var": {"a": [1, 2.5, "x", true, null], "big": 12345678901}}"""));
    }
}
