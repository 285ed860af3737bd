using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Scalars;
using GraphApi.GraphQL.Execution.Values;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using static GraphApi.GraphQL.Tests.Execution.Values.CoercionFixture;

namespace GraphApi.GraphQL.Tests.Execution.Values;

/// <summary>Spec §6.4.1 CoerceArgumentValues, with the literal rows of the input coercion tables of §3.10, §3.10.1 and §3.11.</summary>
public class ArgumentCoercionTests
{
    private static string Argument(string query, string name, string variables = "{}")
    {
        var arguments = Arguments(query, variables);
        return arguments.TryGetValue(name, out var value) ? Show(value) : "absent";
    }

    [Fact]
    public void Absent_arguments_take_their_default_or_stay_absent()
    {
        var arguments = Arguments("{ field(nonNullInt: 1) }");
        Assert.Equal(1, arguments["nonNullInt"]);
        Assert.Equal(7, arguments["defaulted"]);
        Assert.Equal(8, arguments["nonNullDefaulted"]);
        Assert.False(arguments.ContainsKey("int"));
        Assert.Equal(["nonNullInt", "defaulted", "nonNullDefaulted"], arguments.Keys);
    }

    [Fact]
    public void A_variable_that_was_not_given_makes_the_argument_absent()
    {
        const string query = "query($v: Int, $w: Int) { field(nonNullInt: 1, defaulted: $v, nonNullDefaulted: $v, int: $w) }";
        var absent = Arguments(query);
        Assert.Equal(7, absent["defaulted"]);
        Assert.Equal(8, absent["nonNullDefaulted"]);
        Assert.False(absent.ContainsKey("int"));

        var given = Arguments("query($v: Int, $w: Int) { field(nonNullInt: 1, defaulted: $v, int: $w) }", """{"v": null, "w": 3}""");
        Assert.True(given.ContainsKey("defaulted"));
        Assert.Null(given["defaulted"]); // an explicit null is not absence: no default
        Assert.Equal(3, given["int"]);
    }

    [Fact]
    public void Non_null_arguments_must_be_given_and_not_null()
    {
        Assert.Equal(
            "Argument \"Query.field(nonNullInt:)\" of required type \"Int!\" was not provided.",
            ArgumentError("{ field }"));
        Assert.Equal(
            "Argument \"Query.field(nonNullInt:)\" has invalid value: Expected variable \"$v\" provided to type \"Int!\" to provide a runtime value.",
            ArgumentError("query($v: Int) { field(nonNullInt: $v) }"));
        Assert.Equal(
            "Argument \"Query.field(nonNullInt:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.",
            ArgumentError("query($v: Int) { field(nonNullInt: $v) }", """{"v": null}"""));
        Assert.Equal(
            "Argument \"Query.field(nonNullDefaulted:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.",
            ArgumentError("query($v: Int) { field(nonNullInt: 1, nonNullDefaulted: $v) }", """{"v": null}"""));
        Assert.Equal(
            "Argument \"Query.field(nonNullInt:)\" has invalid value: Expected value of non-null type \"Int!\" not to be null.",
            ArgumentError("{ field(nonNullInt: null) }"));
    }

    [Fact]
    public void Without_a_coordinate_errors_name_the_argument_alone()
    {
        var definitions = CoercionFixture.Schema.QueryType!.Fields["field"]!.Arguments;
        var error = Assert.Throws<FieldErrorException>(() =>
            ArgumentCoercion.Coerce(definitions, [], new Dictionary<string, object?>(), Scalars));
        Assert.Equal("Argument \"nonNullInt\" of required type \"Int!\" was not provided.", error.Message);
    }

    [Fact]
    public void Variables_are_taken_as_already_coerced()
    {
        Assert.Equal("""{"b":123}""", Argument("query($var: ExampleInputObject) { field(nonNullInt: 1, example: $var) }", "example", """{"var": {"b": 123}}"""));
        Assert.Equal("[5]", Argument("query($var: [Int]) { field(nonNullInt: 1, list: $var) }", "list", """{"var": 5}"""));
        Assert.Equal("\"7\"", Argument("query($var: ID) { field(nonNullInt: 1, id: $var) }", "id", """{"var": 7}"""));
    }

    [Theory] // spec §3.11 table as literals, and variables inside lists
    [InlineData("list: [1, 2, 3]", "list", "{}", "[1,2,3]")]
    [InlineData("list: 1", "list", "{}", "[1]")]
    [InlineData("list: null", "list", "{}", "null")]
    [InlineData("nestedList: [[1], [2, 3]]", "nestedList", "{}", "[[1],[2,3]]")]
    [InlineData("nestedList: [1, 2, 3]", "nestedList", "{}", "[[1],[2],[3]]")]
    [InlineData("nestedList: [1, null, 3]", "nestedList", "{}", "[[1],null,[3]]")]
    [InlineData("nestedList: 1", "nestedList", "{}", "[[1]]")]
    [InlineData("list: [1, $x]", "list", """{"x": 2}""", "[1,2]")]
    [InlineData("list: [1, $x]", "list", "{}", "[1,null]")]
    [InlineData("nonNullItems: [1, $y]", "nonNullItems", """{"y": 2}""", "[1,2]")]
    public void Lists(string argument, string name, string variables, string expected) =>
        Assert.Equal(expected, Argument($"query($x: Int, $y: Int) {{ field(nonNullInt: 1, {argument}) }}", name, variables));

    [Theory]
    [InlineData("list: [1, \"b\", true]", "{}", "list:)\" has invalid value at [1]: Int cannot represent non-integer value: \"b\"")]
    [InlineData("nestedList: [[1], [\"b\"]]", "{}", "nestedList:)\" has invalid value at [1][0]: Int cannot represent non-integer value: \"b\"")]
    [InlineData("nonNullItems: [1, null]", "{}", "nonNullItems:)\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("nonNullItems: [1, $y]", "{}", "nonNullItems:)\" has invalid value at [1]: Expected variable \"$y\" provided to type \"Int!\" to provide a runtime value.")]
    [InlineData("nonNullItems: [1, $y]", """{"y": null}""", "nonNullItems:)\" has invalid value at [1]: Expected variable \"$y\" provided to non-null type \"Int!\" not to be null.")]
    public void List_errors(string argument, string variables, string expected) =>
        Assert.Equal(
            "Argument \"Query.field(" + expected,
            ArgumentError($"query($y: Int) {{ field(nonNullInt: 1, {argument}) }}", variables));

    [Theory] // spec §3.10 Input Object Input Coercion table
    [InlineData("{ a: \"abc\", b: 123 }", "{}", """{"a":"abc","b":123}""")]
    [InlineData("{ a: null, b: 123 }", "{}", """{"a":null,"b":123}""")]
    [InlineData("{ b: 123 }", "{}", """{"b":123}""")]
    [InlineData("{ a: $var, b: 123 }", """{"var": null}""", """{"a":null,"b":123}""")]
    [InlineData("{ a: $var, b: 123 }", "{}", """{"b":123}""")]
    [InlineData("{ b: $int }", """{"int": 123}""", """{"b":123}""")]
    [InlineData("$obj", """{"obj": {"b": 123}}""", """{"b":123}""")]
    public void Input_objects(string literal, string variables, string expected) =>
        Assert.Equal(
            expected,
            Argument($"query($var: String, $int: Int, $obj: ExampleInputObject) {{ field(nonNullInt: 1, example: {literal}) }}", "example", variables));

    [Theory]
    [InlineData("\"abc123\"", "{}", ": Expected value of type \"ExampleInputObject\" to be an object, found: \"abc123\".")]
    [InlineData("{ a: \"abc\", b: \"123\" }", "{}", " at .b: Int cannot represent non-integer value: \"123\"")]
    [InlineData("{ a: \"abc\" }", "{}", ": Expected value of type \"ExampleInputObject\" to include required field \"b\", found: { a: \"abc\" }.")]
    [InlineData("{ b: $int }", "{}", " at .b: Expected variable \"$int\" provided to type \"Int!\" to provide a runtime value.")]
    [InlineData("{ a: \"abc\", b: null }", "{}", " at .b: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("{ b: $int }", """{"int": null}""", " at .b: Expected variable \"$int\" provided to non-null type \"Int!\" not to be null.")]
    [InlineData("{ b: 123, c: \"xyz\" }", "{}", ": Expected value of type \"ExampleInputObject\" not to include unknown field \"c\". Did you mean \"a\" or \"b\"? Found: { b: 123, c: \"xyz\" }.")]
    public void Input_object_errors(string literal, string variables, string expected) =>
        Assert.Equal(
            "Argument \"Query.field(example:)\" has invalid value" + expected,
            ArgumentError($"query($int: Int) {{ field(nonNullInt: 1, example: {literal}) }}", variables));

    [Fact]
    public void Input_object_fields_take_their_defaults()
    {
        Assert.Equal(
            """{"x":1,"list":[2],"nested":{"b":5},"color":"RED","nullable":null}""",
            Argument("{ field(nonNullInt: 1, withDefaults: {}) }", "withDefaults"));
        Assert.Equal(
            """{"x":1,"list":[2],"nested":{"b":5},"color":"RED","nullable":null}""",
            Argument("query($v: Int) { field(nonNullInt: 1, withDefaults: { x: $v }) }", "withDefaults"));
        Assert.Equal(
            """{"x":null,"list":[2],"nested":{"b":5},"color":"GREEN","nullable":null}""",
            Argument("query($v: Int) { field(nonNullInt: 1, withDefaults: { x: $v, color: GREEN }) }", "withDefaults", """{"v": null}"""));
    }

    [Theory] // spec §3.10.1 OneOf Input Object Input Coercion table
    [InlineData("{ a: \"abc\" }", "{}", """{"a":"abc"}""")]
    [InlineData("{ b: 123 }", "{}", """{"b":123}""")]
    [InlineData("$var", """{"var": {"a": "abc"}}""", """{"a":"abc"}""")]
    [InlineData("{ a: $a }", """{"a": "abc"}""", """{"a":"abc"}""")]
    public void One_of(string literal, string variables, string expected) =>
        Assert.Equal(
            expected,
            Argument($"query($var: ExampleOneOfInputObject, $a: String) {{ field(nonNullInt: 1, oneOf: {literal}) }}", "oneOf", variables));

    [Theory]
    [InlineData("{ a: null }", "{}", " at .a: Within")]
    [InlineData("{ a: $a }", "{}", ": Expected variable \"$a\" provided to field \"a\" for OneOf Input Object type \"ExampleOneOfInputObject\" to provide a runtime value.")]
    [InlineData("{ a: $a }", """{"a": null}""", ": Expected variable \"$a\" provided to field \"a\" for OneOf Input Object type \"ExampleOneOfInputObject\" not to be null.")]
    [InlineData("{ a: \"abc\", b: 123 }", "{}", ": Within")]
    [InlineData("{ a: 456, b: \"xyz\" }", "{}", " at .a: String cannot represent a non string value: 456")]
    [InlineData("{ a: \"abc\", b: null }", "{}", ": Within")]
    [InlineData("{ a: \"abc\", b: $b }", "{}", ": Expected variable \"$b\" provided to field \"b\" for OneOf Input Object type \"ExampleOneOfInputObject\" to provide a runtime value.")]
    [InlineData("{ a: $a, b: $b }", """{"a": "abc"}""", ": Expected variable \"$b\" provided to field \"b\" for OneOf Input Object type \"ExampleOneOfInputObject\" to provide a runtime value.")]
    [InlineData("{ a: $a, b: $b }", """{"a": "abc", "b": 1}""", ": Within")]
    [InlineData("{}", "{}", ": Within")]
    public void One_of_errors(string literal, string variables, string expected)
    {
        const string within = "Within OneOf Input Object type \"ExampleOneOfInputObject\", exactly one field must be specified, and the value for that field must be non-null.";
        Assert.Equal(
            "Argument \"Query.field(oneOf:)\" has invalid value" + expected.Replace("Within", within, StringComparison.Ordinal),
            ArgumentError($"query($a: String, $b: Int) {{ field(nonNullInt: 1, oneOf: {literal}) }}", variables));
    }

    [Fact]
    public void Enums_coerce_to_their_names()
    {
        Assert.Equal("\"GREEN\"", Argument("{ field(nonNullInt: 1, color: GREEN) }", "color"));
        Assert.Equal(
            "Argument \"Query.field(color:)\" has invalid value: Enum \"Color\" cannot represent non-enum value: \"GREEN\". Did you mean the enum value \"GREEN\"?",
            ArgumentError("{ field(nonNullInt: 1, color: \"GREEN\") }"));
        Assert.Equal(
            "Argument \"Query.field(color:)\" has invalid value: Value \"PURPLE\" does not exist in \"Color\" enum.",
            ArgumentError("{ field(nonNullInt: 1, color: PURPLE) }"));
    }

    [Fact]
    public void Scalars_coerce_literals()
    {
        var arguments = Arguments("""{ field(nonNullInt: -3, id: 12, float: 2, string: "s", boolean: false) }""");
        Assert.Equal(-3, arguments["nonNullInt"]);
        Assert.Equal("12", arguments["id"]);
        Assert.Equal(2.0, arguments["float"]);
        Assert.Equal("s", arguments["string"]);
        Assert.Equal(false, arguments["boolean"]);
        Assert.Equal(
            "Argument \"Query.field(int:)\" has invalid value: Int cannot represent non 32-bit signed integer value: 2147483648",
            ArgumentError("{ field(nonNullInt: 1, int: 2147483648) }"));
    }

    [Fact]
    public void A_custom_scalar_without_coercer_takes_literals_and_their_variables_as_given()
    {
        Assert.Equal(
            """{"a":[1,2.5,"x",true,null,"ENUM"],"v":"from variable","missing":null}""",
            Argument(
                """query($v: String, $m: String) { field(nonNullInt: 1, json: { a: [1, 2.5, "x", true, null, ENUM], v: $v, missing: $m }) }""",
                "json",
                """{"v": "from variable"}"""));
    }

    [Fact]
    public void A_custom_coercer_coerces_literals_and_names_itself_when_it_fails()
    {
        var scalars = ScalarRegistry.CreateDefault();
        scalars.Add(new EvenScalar());
        var schema = SchemaBuilder.Build("scalar Even type Query { f(e: [Even]): Int }");
        var definitions = schema.QueryType!.Fields["f"]!.Arguments;
        var variables = new Dictionary<string, object?>();

        var coerced = ArgumentCoercion.Coerce(definitions, ArgumentsOf("{ f(e: [2, 4]) }"), variables, scalars, "Query.f");
        Assert.Equal("[2,4]", Show(coerced["e"]));

        var odd = Assert.Throws<FieldErrorException>(() => ArgumentCoercion.Coerce(definitions, ArgumentsOf("{ f(e: [2, 3]) }"), variables, scalars, "Query.f"));
        Assert.Equal("Argument \"Query.f(e:)\" has invalid value at [1]: Even cannot represent odd value: 3", odd.Message);

        var broken = Assert.Throws<FieldErrorException>(() => ArgumentCoercion.Coerce(definitions, ArgumentsOf("{ f(e: \"x\") }"), variables, scalars, "Query.f"));
        Assert.Equal(
            "Argument \"Query.f(e:)\" has invalid value: Expected value of type \"Even\", but encountered error \"Unable to cast object of type 'GraphApi.GraphQL.Language.Ast.StringValueNode' to type 'GraphApi.GraphQL.Language.Ast.IntValueNode'.\"; found: \"x\".",
            broken.Message);
    }

    [Fact]
    public void Default_values_are_coerced_once_and_shared()
    {
        var first = Arguments("{ field(nonNullInt: 1) }");
        var second = Arguments("{ field(nonNullInt: 2) }");
        Assert.Same(first["defaulted"], second["defaulted"]);

        var withDefaults = CoercionFixture.Schema.GetType("WithDefaults") as InputObjectType;
        var list = withDefaults!.Fields["list"]!;
        Assert.Same(DefaultValues.Get(list, Scalars), DefaultValues.Get(list, Scalars));
    }

    [Fact]
    public void Default_values_a_custom_coercer_rejects_are_found_at_startup_and_reported_at_use()
    {
        // Schema validation checks defaults of built-in types; only the server knows its custom scalars.
        var scalars = ScalarRegistry.CreateDefault();
        scalars.Add(new EvenScalar());
        var schema = SchemaBuilder.Build("""
            scalar Even
            input In { a: Even = 3 b: Int }
            directive @d(level: Even = 5) on FIELD
            type Query { f(a: Even = 1, in: In = {}, ok: Even = 2): Int }
            """);
        Assert.Equal(
            [
                "Input field \"In.a\" has invalid default value: Even cannot represent odd value: 3",
                "Argument \"Query.f(a:)\" has invalid default value: Even cannot represent odd value: 1",
                "Argument \"Query.f(in:)\" has invalid default value: Input field \"In.a\" has invalid default value: Even cannot represent odd value: 3",
                "Argument \"@d(level:)\" has invalid default value: Even cannot represent odd value: 5",
            ],
            DefaultValues.Validate(schema, scalars));

        var definitions = schema.QueryType!.Fields["f"]!.Arguments;
        var error = Assert.Throws<FieldErrorException>(() =>
            ArgumentCoercion.Coerce(definitions, ArgumentsOf("{ f(a: 2) }"), new Dictionary<string, object?>(), scalars, "Query.f"));
        Assert.Equal(
            "Argument \"Query.f(in:)\" has invalid default value: Input field \"In.a\" has invalid default value: Even cannot represent odd value: 3",
            error.Message);

        Assert.Empty(DefaultValues.Validate(CoercionFixture.Schema, Scalars));
    }

    private static IReadOnlyList<ArgumentNode> ArgumentsOf(string query)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(query).Definitions[0];
        return ((FieldNode)operation.SelectionSet.Selections[0]).Arguments;
    }

    /// <summary>A custom scalar accepting even integers only; its literal coercion casts blindly, to show a coercer that breaks.</summary>
    private sealed class EvenScalar : ScalarCoercer
    {
        public override string Name => "Even";

        public override object? Serialize(object value) => value;

        public override object? ParseValue(JsonElement value) => value.GetInt32();

        public override object? ParseLiteral(ValueNode literal)
        {
            var value = int.Parse(((IntValueNode)literal).Value, System.Globalization.CultureInfo.InvariantCulture);
            return value % 2 == 0 ? value : throw new ScalarCoercionException($"Even cannot represent odd value: {value}");
        }
    }
}
