using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SdlValidatorTests
{
    [Fact]
    public void Enum_values_are_unique_across_definition_and_extensions()
    {
        ExpectErrors(
            "type Query { a: Int }\nenum E { A B A }\nextend enum E { B C }",
            Error("Enums.Type-Validation", "Enum value \"E.A\" can only be defined once.", (2, 10), (2, 14)),
            Error("Enum-Extensions.Type-Validation", "Enum value \"E.B\" can only be defined once.", (2, 12), (3, 17)));
    }

    [Fact]
    public void An_enum_extension_cannot_redefine_a_value_of_the_extended_schema()
    {
        var existing = Existing("type Query { a: Int }\nenum E { A B }");

        Equal(
            Validate("extend enum E { B C C }", existing),
            Error("Enum-Extensions.Type-Validation", "Enum value \"E.B\" already exists in the schema. It cannot also be defined in this type extension.", (1, 17)),
            Error("Enum-Extensions.Type-Validation", "Enum value \"E.C\" can only be defined once.", (1, 19), (1, 21)));
    }

    [Fact]
    public void Field_names_are_unique_across_definition_and_extensions()
    {
        ExpectErrors(
            """
            type Query {
              a: Int
              a: String
            }
            extend type Query { a: Int b: Int }
            interface I { x: Int x: Int }
            input In { f: Int f: Int }
            extend input In { f: Int }
            """,
            Error("Objects.Type-Validation", "Field \"Query.a\" can only be defined once.", (2, 3), (3, 3)),
            Error("Object-Extensions.Type-Validation", "Field \"Query.a\" can only be defined once.", (2, 3), (5, 21)),
            Error("Interfaces.Type-Validation", "Field \"I.x\" can only be defined once.", (6, 15), (6, 22)),
            Error("Input-Objects.Type-Validation", "Field \"In.f\" can only be defined once.", (7, 12), (7, 19)),
            Error("Input-Object-Extensions.Type-Validation", "Field \"In.f\" can only be defined once.", (7, 12), (8, 19)));
    }

    [Fact]
    public void An_extension_cannot_redefine_a_field_of_the_extended_schema()
    {
        var existing = Existing("type Query { a: Int }\ninput In { f: Int }\ninterface I { x: Int }");

        Equal(
            Validate("extend type Query { a: Int b: Int b: Int }\nextend input In { f: Int }\nextend interface I { x: Int }", existing),
            Error("Object-Extensions.Type-Validation", "Field \"Query.a\" already exists in the schema. It cannot also be defined in this type extension.", (1, 21)),
            Error("Object-Extensions.Type-Validation", "Field \"Query.b\" can only be defined once.", (1, 28), (1, 35)),
            Error("Input-Object-Extensions.Type-Validation", "Field \"In.f\" already exists in the schema. It cannot also be defined in this type extension.", (2, 19)),
            Error("Interface-Extensions.Type-Validation", "Field \"I.x\" already exists in the schema. It cannot also be defined in this type extension.", (3, 22)));
    }

    [Fact]
    public void Argument_definitions_are_unique()
    {
        ExpectErrors(
            """
            type Query {
              a(x: Int, y: Int, x: Int, x: String): Int
            }
            interface I { f(a: Int a: Int): Int }
            directive @d(a: Int, a: Int) on FIELD
            """,
            Error("Objects.Type-Validation", "Argument \"Query.a(x:)\" can only be defined once.", (2, 5), (2, 21), (2, 29)),
            Error("Interfaces.Type-Validation", "Argument \"I.f(a:)\" can only be defined once.", (4, 17), (4, 24)),
            Error("Type-System.Directives.Type-Validation", "Argument \"@d(a:)\" can only be defined once.", (5, 14), (5, 22)));
    }

    [Fact]
    public void Extensions_must_extend_a_defined_type_of_their_kind()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            scalar S
            extend scalar S @specifiedBy(url: "x")
            extend type S { a: Int }
            extend interface Query { b: Int }
            extend union Unknown = Query
            extend enum Querr { A }
            extend input Query { c: Int }
            """,
            Error("Object-Extensions.Type-Validation", "Cannot extend non-object type \"S\".", (2, 1), (4, 1)),
            Error("Interface-Extensions.Type-Validation", "Cannot extend non-interface type \"Query\".", (1, 1), (5, 1)),
            Error("Union-Extensions.Type-Validation", "Cannot extend type \"Unknown\" because it is not defined.", (6, 14)),
            Error("Enum-Extensions.Type-Validation", "Cannot extend type \"Querr\" because it is not defined. Did you mean \"Query\"?", (7, 13)),
            Error("Input-Object-Extensions.Type-Validation", "Cannot extend non-input object type \"Query\".", (1, 1), (8, 1)));
    }

    [Fact]
    public void Extensions_may_extend_types_of_the_extended_schema()
    {
        var existing = Existing("type Query { a: Int }\nscalar S");

        Equal(
            Validate("extend scalar S @specifiedBy(url: \"u\")\nextend type S { a: Int }\nextend enum Quer { A }\nextend type Query { b: Int }", existing),
            Error("Object-Extensions.Type-Validation", "Cannot extend non-object type \"S\".", (2, 1)),
            Error("Enum-Extensions.Type-Validation", "Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?", (3, 13)));
    }

    [Fact]
    public void An_input_object_extension_cannot_add_oneOf()
    {
        // spec §3.10.2 rule 5; graphql-js accepts it.
        ExpectErrors(
            "type Query { a: Int }\ninput X { a: Int }\nextend input X @oneOf",
            Error(
                "Input-Object-Extensions.Type-Validation",
                "Input Object type extension \"X\" cannot add @oneOf: only the definition of an Input Object can make it a OneOf Input Object.",
                (3, 16)));
    }

    [Fact]
    public void Roots_union_members_and_implemented_types_must_be_of_the_right_kind()
    {
        // graphql-js reports these in validateSchema, with the same messages and locations; the model cannot
        // hold them, so they are reported here, once per wrong type (repetitions are schema errors of their own).
        ExpectErrors(
            """
            schema { query: I mutation: U subscription: String }
            interface I { a: Int }
            union U = Q | I | Q | In
            extend union U = I
            type Q implements Q & I & U & I { a: Int }
            interface J implements Q { a: Int }
            input In { a: Int }
            extend type Q implements Q
            union Meta = __Type | __TypeKind
            """,
            Error("Root-Operation-Types", "Query root type must be Object type, it cannot be I.", (1, 17)),
            Error("Root-Operation-Types", "Mutation root type must be Object type if provided, it cannot be U.", (1, 29)),
            Error("Root-Operation-Types", "Subscription root type must be Object type if provided, it cannot be String.", (1, 45)),
            Error("Unions.Type-Validation", "Union type U can only include Object types, it cannot include I.", (3, 15), (4, 18)),
            Error("Unions.Type-Validation", "Union type U can only include Object types, it cannot include In.", (3, 23)),
            Error("Objects.Type-Validation", "Type Q must only implement Interface types, it cannot implement Q.", (5, 19), (8, 26)),
            Error("Objects.Type-Validation", "Type Q must only implement Interface types, it cannot implement U.", (5, 27)),
            Error("Interfaces.Type-Validation", "Type J must only implement Interface types, it cannot implement Q.", (6, 24)),
            Error("Unions.Type-Validation", "Union type Meta can only include Object types, it cannot include __TypeKind.", (9, 23)));
    }

    [Fact]
    public void Kinds_of_types_of_the_extended_schema_are_known()
    {
        var existing = Existing("type Query { a: Int }\ninterface I { a: Int }\nunion U = Query");

        Equal(
            Validate("extend union U = I\nextend type Query implements I\nextend schema { mutation: U }", existing),
            Error("Union-Extensions.Type-Validation", "Union type U can only include Object types, it cannot include I.", (1, 18)),
            Error("Root-Operation-Types", "Mutation root type must be Object type if provided, it cannot be U.", (3, 27)));
    }
}
