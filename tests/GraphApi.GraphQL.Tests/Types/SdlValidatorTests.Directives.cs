using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SdlValidatorTests
{
    private const string DirectiveUses = "Type-System.Directives";
    private const string UniquePerLocation = "Directives-Are-Unique-Per-Location";

    [Fact]
    public void Directives_must_be_known_and_used_in_their_locations()
    {
        ExpectErrors(
            """
            type Query @unknown {
              a: Int @deprecated @skip(if: true)
              b(x: Int @deprecated @specifiedBy(url: "x")): Int
            }
            scalar S @specifiedBy(url: "u") @deprecated
            enum E { A @deprecated @oneOf }
            input I @oneOf { f: Int @deprecated }
            directive @onSchema on SCHEMA
            schema @onSchema @include(if: true) { query: Query }
            """,
            Error(DirectiveUses, "Unknown directive \"@unknown\".", (1, 12)),
            Error(DirectiveUses, "Directive \"@skip\" may not be used on FIELD_DEFINITION.", (2, 22)),
            Error(DirectiveUses, "Directive \"@specifiedBy\" may not be used on ARGUMENT_DEFINITION.", (3, 24)),
            Error(DirectiveUses, "Directive \"@deprecated\" may not be used on SCALAR.", (5, 33)),
            Error(DirectiveUses, "Directive \"@oneOf\" may not be used on ENUM_VALUE.", (6, 24)),
            Error(DirectiveUses, "Directive \"@include\" may not be used on SCHEMA.", (9, 18)));
    }

    [Fact]
    public void Non_repeatable_directives_are_used_once_per_location()
    {
        // The schema and each type are one location across their definition and extensions.
        ExpectErrors(
            """
            directive @d on OBJECT | FIELD_DEFINITION | SCHEMA
            directive @r repeatable on OBJECT
            type Query @d @d @r @r {
              a: Int @d @d @deprecated @deprecated
            }
            extend type Query @d
            schema @d { query: Query }
            extend schema @d
            """,
            Error(UniquePerLocation, "The directive \"@d\" can only be used once at this location.", (3, 12), (3, 15)),
            Error(UniquePerLocation, "The directive \"@d\" can only be used once at this location.", (4, 10), (4, 13)),
            Error(UniquePerLocation, "The directive \"@deprecated\" can only be used once at this location.", (4, 16), (4, 28)),
            Error(UniquePerLocation, "The directive \"@d\" can only be used once at this location.", (3, 12), (6, 19)),
            Error(UniquePerLocation, "The directive \"@d\" can only be used once at this location.", (7, 8), (8, 15)));
    }

    [Fact]
    public void Extensions_cannot_repeat_a_directive_the_extended_schema_applies()
    {
        // spec §3.3.2 rule 2 and §3.6.3 rule 4; graphql-js does not check directives of the extended schema.
        var existing = Existing("directive @d on OBJECT | SCHEMA\ntype Query @d { a: Int }\nschema @d { query: Query }");

        Equal(
            Validate("extend type Query @d\nextend schema @d", existing),
            Error(UniquePerLocation, "The directive \"@d\" is already applied to type \"Query\" in the schema being extended, and can only be used once at this location.", (1, 19)),
            Error(UniquePerLocation, "The directive \"@d\" is already applied to the schema in the schema being extended, and can only be used once at this location.", (2, 15)));
    }

    [Fact]
    public void Directive_arguments_must_be_defined()
    {
        ExpectErrors(
            """
            type Query {
              a: Int @deprecated(reasn: "x", other: 1)
            }
            directive @d(alpha: Int, beta: Int) on FIELD_DEFINITION
            type T { a: Int @d(alpah: 1, gamma: 2) }
            """,
            Error("Argument-Names", "Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?", (2, 22)),
            Error("Argument-Names", "Unknown argument \"other\" on directive \"@deprecated\".", (2, 34)),
            Error("Argument-Names", "Unknown argument \"alpah\" on directive \"@d\". Did you mean \"alpha\"?", (5, 20)),
            Error("Argument-Names", "Unknown argument \"gamma\" on directive \"@d\".", (5, 30)));
    }

    [Fact]
    public void Directive_arguments_are_given_once()
    {
        ExpectErrors(
            """
            directive @d(a: Int, b: Int) on FIELD_DEFINITION
            type Query {
              a: Int @d(a: 1, b: 2, a: 3, b: 4, a: 5)
            }
            """,
            Error("Argument-Uniqueness", "There can be only one argument named \"a\".", (3, 13), (3, 25), (3, 37)),
            Error("Argument-Uniqueness", "There can be only one argument named \"b\".", (3, 19), (3, 31)));
    }

    [Fact]
    public void Input_object_fields_are_given_once()
    {
        ExpectErrors(
            """
            directive @d(a: In) on FIELD_DEFINITION
            input In { x: Int y: In }
            type Query {
              a(v: In = { x: 1, x: 2, y: { x: 1, x: 2 } }): Int @d(a: { y: { x: 1 x: 2 }, y: null })
            }
            """,
            Error("Input-Object-Field-Uniqueness", "There can be only one input field named \"x\".", (4, 15), (4, 21)),
            Error("Input-Object-Field-Uniqueness", "There can be only one input field named \"x\".", (4, 32), (4, 38)),
            Error("Input-Object-Field-Uniqueness", "There can be only one input field named \"x\".", (4, 66), (4, 71)),
            Error("Input-Object-Field-Uniqueness", "There can be only one input field named \"y\".", (4, 61), (4, 79)));
    }

    [Fact]
    public void Required_directive_arguments_must_be_given()
    {
        ExpectErrors(
            """
            directive @d(a: Int!, b: Int! = 1, c: Int) on FIELD_DEFINITION
            type Query {
              a: Int @d
              b: Int @d(a: 1)
            }
            scalar S @specifiedBy
            input In { f: Int @deprecated }
            """,
            Error("Required-Arguments", "Argument \"@d(a:)\" of type \"Int!\" is required, but it was not provided.", (3, 10)),
            Error("Required-Arguments", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.", (6, 10)));
    }

    [Fact]
    public void Directives_of_the_extended_schema_are_known()
    {
        var existing = Existing("type Query { a: Int }\ndirective @d(a: Int!) on FIELD_DEFINITION");

        Equal(
            Validate("extend type Query { b: Int @d(a: 1, b: 2) c: Int @d @skip(if: true) }", existing),
            Error("Argument-Names", "Unknown argument \"b\" on directive \"@d\". Did you mean \"a\"?", (1, 37)),
            Error("Required-Arguments", "Argument \"@d(a:)\" of type \"Int!\" is required, but it was not provided.", (1, 50)),
            Error(DirectiveUses, "Directive \"@skip\" may not be used on FIELD_DEFINITION.", (1, 53)));
    }
}
