using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    [Fact]
    public void Valid_implementations_may_narrow_types_and_add_optional_arguments()
    {
        ExpectValid("""
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name(upper: Boolean): String }
            type Query implements Named & Node {
              id: ID!
              name(upper: Boolean, lang: String = "en", limit: Int, count: Int! = 1): String!
              pet: Pet
            }
            interface Pet { friends: [Pet] best: Pet owner: Query kind: Animal }
            union Animal = Dog
            type Dog implements Pet { friends: [Dog!]! best: Dog! owner: Query kind: Dog }
            """);
    }

    [Fact]
    public void An_interface_cannot_implement_itself()
    {
        ExpectErrors(
            "type Query { a: Int }\ninterface I implements I { a: Int }",
            Error(Interfaces, "Type I cannot implement itself because it would create a circular reference.", (2, 24)));
    }

    [Fact]
    public void Interfaces_that_implement_each_other_are_circular()
    {
        // The spec's counter-example in §3.7.
        ExpectErrors(
            """
            type Query { a: Int }
            interface Node implements Named & Node {
              id: ID!
              name: String
            }
            interface Named implements Node & Named {
              id: ID!
              name: String
            }
            """,
            Error(Interfaces, "Type Node cannot implement itself because it would create a circular reference.", (2, 35)),
            Error(Interfaces, "Type Named cannot implement itself because it would create a circular reference.", (6, 35)));
    }

    [Fact]
    public void An_interface_that_implements_its_implementer_is_circular()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            interface A implements B { a: Int }
            interface B implements A { a: Int }
            """,
            Error(Interfaces, "Type A cannot implement B because it would create a circular reference.", (3, 24), (2, 24)),
            Error(Interfaces, "Type B cannot implement A because it would create a circular reference.", (2, 24), (3, 24)));
    }

    [Fact]
    public void An_interface_can_be_implemented_only_once()
    {
        ExpectErrors(
            "type Query implements I & I { a: Int }\ninterface I { a: Int }",
            Error(Objects, "Type Query can only implement I once.", (1, 23), (1, 27)));
    }

    [Fact]
    public void The_interfaces_of_an_implemented_interface_must_be_declared()
    {
        ExpectErrors(
            """
            interface A { a: Int }
            interface B implements A { a: Int }
            type Query implements B { a: Int }
            """,
            Error(Objects, "Type Query must implement A because it is implemented by B.", (2, 24), (3, 23)));
    }

    [Fact]
    public void Every_interface_field_must_be_provided()
    {
        ExpectErrors(
            """
            interface I { a: Int b: String }
            type Query implements I { a: Int }
            extend type Query { c: Int }
            """,
            Error(Objects, "Interface field I.b expected but Query does not provide it.", (1, 22), (2, 1), (3, 1)));
    }

    [Fact]
    public void Field_types_must_be_covariant()
    {
        ExpectErrors(
            """
            interface I {
              a: Int
              b: [Int]
              c: Int!
              d: I
            }
            type Query implements I {
              a: String
              b: Int
              c: Int
              d: Query
            }
            """,
            Error(Objects, "Interface field I.a expects type Int but Query.a is type String.", (2, 6), (8, 6)),
            Error(Objects, "Interface field I.b expects type [Int] but Query.b is type Int.", (3, 6), (9, 6)),
            Error(Objects, "Interface field I.c expects type Int! but Query.c is type Int.", (4, 6), (10, 6)));
    }

    [Fact]
    public void Arguments_must_match_and_extra_ones_must_be_optional()
    {
        ExpectErrors(
            """
            interface I {
              a(x: Int, y: String): Int
            }
            type Query implements I {
              a(x: Int!, z: Int!, w: Int! = 1): Int
            }
            """,
            Error(Objects, "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type Int!.", (2, 8), (5, 8)),
            Error(Objects, "Interface field argument I.a(y:) expected but Query.a does not provide it.", (2, 13), (5, 3)),
            Error(Objects, "Argument \"Query.a(z:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\".", (5, 14), (2, 3)));
    }

    [Fact]
    public void An_implementation_field_may_be_deprecated_only_if_the_interface_field_is()
    {
        ExpectErrors(
            """
            interface I {
              a: Int
              b: Int @deprecated
            }
            type Query implements I {
              a: Int @deprecated(reason: "no")
              b: Int @deprecated
            }
            """,
            Error(Objects, "Interface field I.a is not deprecated, so implementation field Query.a must not be deprecated.", (6, 10), (6, 6)));
    }
}
