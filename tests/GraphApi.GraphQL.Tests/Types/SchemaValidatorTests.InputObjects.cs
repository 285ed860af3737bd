using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string InputObjects = "Input-Objects.Type-Validation";

    [Fact]
    public void An_input_object_must_have_fields()
    {
        ExpectErrors(
            "type Query { a: Int }\ninput In",
            Error(InputObjects, "Input Object type In must define one or more fields.", (2, 1)));
    }

    [Fact]
    public void Input_fields_must_have_input_types()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            input In {
              a: Query
              b: [U]
            }
            union U = Query
            """,
            Error(InputObjects, "The type of In.a must be Input Type but got: Query.", (3, 6)),
            Error(InputObjects, "The type of In.b must be Input Type but got: [U].", (4, 6)));
    }

    [Fact]
    public void Required_input_fields_cannot_be_deprecated()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            input In {
              a: Int! @deprecated
              b: Int! = 1 @deprecated
              c: Int @deprecated
            }
            """,
            Error(InputObjects, "Required input field In.a cannot be deprecated.", (3, 11), (3, 6)));
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_and_without_defaults()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            input O @oneOf {
              a: Int!
              b: Int = 1
              c: Int
            }
            """,
            Error(InputObjects, "OneOf input field O.a must be nullable.", (3, 6)),
            Error(InputObjects, "OneOf input field O.b cannot have a default value.", (4, 3)));
    }

    [Fact]
    public void OneOf_rules_apply_to_fields_added_by_extensions()
    {
        ExpectErrors(
            "type Query { a: Int }\ninput X @oneOf { a: Int }\nextend input X { b: Int! c: Int = 3 }",
            Error(InputObjects, "OneOf input field X.b must be nullable.", (3, 21)),
            Error(InputObjects, "OneOf input field X.c cannot have a default value.", (3, 26)));
    }

    [Fact]
    public void Circular_references_that_can_be_broken_are_valid()
    {
        // Nullable and list fields end a chain; a OneOf input object needs only one of its fields.
        ExpectValid("""
            type Query { a: Int }
            input A { self: A value: String }
            input B { self: [B!]! value: String }
            input C @oneOf { c: C s: String }
            input D { e: E! }
            input E @oneOf { d: D s: String }
            """);
    }

    [Fact]
    public void Input_objects_must_admit_a_finite_value()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            input A { b: B! }
            input B { a: A! c: C! }
            input C { c: C! }
            input D @oneOf { d: D  e: E }
            input E @oneOf { d: D }
            """,
            Error(InputObjects, "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a.", (2, 11), (3, 11)),
            Error(InputObjects, "Input Object C cannot be provided a finite value because it references itself through fields: C.c.", (4, 11)),
            Error(InputObjects, "Input Object D cannot be provided a finite value because it references itself through fields: D.d.", (5, 18)),
            Error(InputObjects, "Input Object D cannot be provided a finite value because it references itself through fields: D.e, E.d.", (5, 24), (6, 18)));
    }

    [Fact]
    public void Default_values_must_not_refer_to_themselves()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            input A { x: A = {} }
            input B { x: C = {} }
            input C { x: B = {} }
            input D { x: D = { x: { x: null } } }
            input E { x: [E] = [{}] }
            """,
            Error(InputObjects, "Invalid circular reference. The default value of Input Object field A.x references itself.", (2, 18)),
            Error(InputObjects, "Invalid circular reference. The default value of Input Object field B.x references itself via the default values of: C.x.", (3, 18), (4, 18)),
            Error(InputObjects, "Invalid circular reference. The default value of Input Object field E.x references itself.", (6, 20)));
    }
}
