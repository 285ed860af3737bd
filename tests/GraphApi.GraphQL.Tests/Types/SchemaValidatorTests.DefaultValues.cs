using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Validation;
using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    [Fact]
    public void Default_values_of_built_in_scalars_must_coerce()
    {
        // Custom scalars accept any literal, and an Int is a valid Float.
        ExpectErrors(
            """
            type Query {
              f(
                a: Int = "x"
                b: Int = 2147483648
                c: Int = 1.5
                d: Float = true
                e: String = 1
                g: Boolean = 0
                h: ID = 1.5
                i: ID = 1
                j: Float = 1
                k: Custom = { any: [1, "x"] }
              ): Int
            }
            scalar Custom
            """,
            Error(Objects, "Query.f(a:) has invalid default value: Int cannot represent non-integer value: \"x\"", (3, 14)),
            Error(Objects, "Query.f(b:) has invalid default value: Int cannot represent non 32-bit signed integer value: 2147483648", (4, 14)),
            Error(Objects, "Query.f(c:) has invalid default value: Int cannot represent non-integer value: 1.5", (5, 14)),
            Error(Objects, "Query.f(d:) has invalid default value: Float cannot represent non numeric value: true", (6, 16)),
            Error(Objects, "Query.f(e:) has invalid default value: String cannot represent a non string value: 1", (7, 17)),
            Error(Objects, "Query.f(g:) has invalid default value: Boolean cannot represent a non boolean value: 0", (8, 18)),
            Error(Objects, "Query.f(h:) has invalid default value: ID cannot represent a non-string and non-integer value: 1.5", (9, 13)));
    }

    [Fact]
    public void Default_values_of_lists_and_non_null_types_must_coerce()
    {
        // A single item is a valid list (spec §3.11 Input Coercion).
        ExpectErrors(
            """
            type Query {
              f(
                a: [Int] = [1, "y", null]
                b: [Int!] = [1, null]
                c: [Int] = 1
                d: [[Int]] = [[1], ["z"]]
                e: Int! = null
                f: [Int]! = null
              ): Int
            }
            """,
            Error(Objects, "Query.f(a:) has invalid default value at [1]: Int cannot represent non-integer value: \"y\"", (3, 20)),
            Error(Objects, "Query.f(b:) has invalid default value at [1]: Expected value of non-null type \"Int!\" not to be null.", (4, 21)),
            Error(Objects, "Query.f(d:) has invalid default value at [1][0]: Int cannot represent non-integer value: \"z\"", (6, 25)),
            Error(Objects, "Query.f(e:) has invalid default value: Expected value of non-null type \"Int!\" not to be null.", (7, 15)),
            Error(Objects, "Query.f(f:) has invalid default value: Expected value of non-null type \"[Int]!\" not to be null.", (8, 17)));
    }

    [Fact]
    public void Default_values_of_enums_must_name_a_value()
    {
        ExpectErrors(
            """
            type Query {
              f(
                a: Color = RED
                b: Color = BLUE
                c: Color = "RED"
                d: Color = REDD
              ): Int
            }
            enum Color { RED GREEN }
            """,
            Error(Objects, "Query.f(b:) has invalid default value: Value \"BLUE\" does not exist in \"Color\" enum.", (4, 16)),
            Error(Objects, "Query.f(c:) has invalid default value: Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?", (5, 16)),
            Error(Objects, "Query.f(d:) has invalid default value: Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?", (6, 16)));
    }

    [Fact]
    public void Default_values_of_input_objects_must_have_required_and_only_known_fields()
    {
        ExpectErrors(
            """
            type Query {
              f(
                a: In = { x: 1, y: "s" }
                b: In = {}
                c: In = { x: 1, z: 2 }
                d: In = 1
                e: In = { x: "s", q: 1 }
              ): Int
            }
            input In { x: Int! y: String z1: Int }
            """,
            Error(Objects, "Query.f(b:) has invalid default value: Expected value of type \"In\" to include required field \"x\", found: {  }.", (4, 13)),
            Error(Objects, "Query.f(c:) has invalid default value: Expected value of type \"In\" not to include unknown field \"z\". Did you mean \"x\", \"y\", or \"z1\"? Found: { x: 1, z: 2 }.", (5, 21)),
            Error(Objects, "Query.f(d:) has invalid default value: Expected value of type \"In\" to be an object, found: 1.", (6, 13)),
            Error(Objects, "Query.f(e:) has invalid default value at .x: Int cannot represent non-integer value: \"s\"", (7, 18)),
            Error(Objects, "Query.f(e:) has invalid default value: Expected value of type \"In\" not to include unknown field \"q\". Did you mean \"x\" or \"y\"? Found: { x: \"s\", q: 1 }.", (7, 23)));
    }

    [Fact]
    public void Default_values_of_oneOf_input_objects_must_give_exactly_one_non_null_field()
    {
        ExpectErrors(
            """
            type Query {
              f(
                a: O = { a: 1 }
                b: O = { a: 1, b: 2 }
                c: O = { a: null }
                d: O = {}
              ): Int
            }
            input O @oneOf { a: Int b: Int }
            """,
            Error(Objects, "Query.f(b:) has invalid default value: Within OneOf Input Object type \"O\", exactly one field must be specified, and the value for that field must be non-null.", (4, 12)),
            Error(Objects, "Query.f(c:) has invalid default value at .a: Within OneOf Input Object type \"O\", exactly one field must be specified, and the value for that field must be non-null.", (5, 12)),
            Error(Objects, "Query.f(d:) has invalid default value: Within OneOf Input Object type \"O\", exactly one field must be specified, and the value for that field must be non-null.", (6, 12)));
    }

    [Fact]
    public void Default_values_of_input_fields_and_directive_arguments_are_checked_too()
    {
        ExpectErrors(
            "type Query { a: Int }\ninput In { a: Int = \"x\" b: [In] = [{ a: \"y\" }] }\ndirective @d(a: Int = true) on FIELD",
            Error(Directives, "@d(a:) has invalid default value: Int cannot represent non-integer value: true", (3, 23)),
            Error(InputObjects, "In.a has invalid default value: Int cannot represent non-integer value: \"x\"", (2, 21)),
            Error(InputObjects, "In.b has invalid default value at [0].a: Int cannot represent non-integer value: \"y\"", (2, 41)),
            Error(InputObjects, "Invalid circular reference. The default value of Input Object field In.b references itself.", (2, 35)));
    }

    [Fact]
    public void Long_default_values_are_printed_on_several_lines()
    {
        ExpectErrors(
            """
            type Query {
              f(a: In = { aaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbb: 2, ccccccccccccccccccccccc: 3, dddddddddddddddddd: 4, eeeeeeeeeeeee: 5 }): Int
            }
            input In { x: Int! aaaaaaaaaaaaaa: Int bbbbbbbbbbbbbbbbbbb: Int ccccccccccccccccccccccc: Int dddddddddddddddddd: Int }
            """,
            Error(Objects, "Query.f(a:) has invalid default value: Expected value of type \"In\" to include required field \"x\", found: {\n  aaaaaaaaaaaaaa: 1\n  bbbbbbbbbbbbbbbbbbb: 2\n  ccccccccccccccccccccccc: 3\n  dddddddddddddddddd: 4\n  eeeeeeeeeeeee: 5\n}.", (2, 13)),
            Error(Objects, "Query.f(a:) has invalid default value: Expected value of type \"In\" not to include unknown field \"eeeeeeeeeeeee\", found: {\n  aaaaaaaaaaaaaa: 1\n  bbbbbbbbbbbbbbbbbbb: 2\n  ccccccccccccccccccccccc: 3\n  dddddddddddddddddd: 4\n  eeeeeeeeeeeee: 5\n}.", (2, 109)));
    }

    [Fact]
    public void Variables_in_default_values_built_in_code_are_not_judged()
    {
        // The parser allows no variables in constant values; a literal built in code may have one, and its
        // value is unknown until a request gives it, as graphql-js's static checks assume.
        var schema = Build("type Query { a(x: Int!): Int }");
        schema.QueryType!.Fields["a"]!.Arguments["x"]!.DefaultValue =
            new VariableNode(new NameNode("v", Location.None), Location.None);

        Equal(SchemaValidator.Validate(schema));
    }
}
