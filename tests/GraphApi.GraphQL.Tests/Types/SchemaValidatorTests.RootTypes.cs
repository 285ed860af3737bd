using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string RootTypes = "Root-Operation-Types";

    [Fact]
    public void Distinct_object_root_types_are_valid()
    {
        ExpectValid("""
            schema { query: Q mutation: M subscription: S }
            type Q { a: Int }
            type M { a: Int }
            type S { a: Int }
            """);
    }

    [Fact]
    public void The_query_root_type_is_required()
    {
        ExpectErrors(
            "schema { mutation: M }\ntype M { a: Int }",
            Error(RootTypes, "Query root type must be provided.", (1, 1)));
    }

    [Fact]
    public void The_query_root_type_is_required_without_a_schema_definition()
    {
        ExpectErrors("type Mutation { a: Int }", Error(RootTypes, "Query root type must be provided."));
    }

    [Fact]
    public void A_default_root_type_name_must_name_an_object_type()
    {
        // Roots named in a schema definition are checked on the SDL document (SdlValidatorTests).
        ExpectErrors(
            "interface Query { a: Int }\nenum Mutation { A }",
            Error(RootTypes, "Query root type must be Object type, it cannot be Query.", (1, 1)),
            Error(RootTypes, "Mutation root type must be Object type if provided, it cannot be Mutation.", (2, 1)));
    }

    [Fact]
    public void Root_types_must_all_be_different()
    {
        ExpectErrors(
            """
            schema {
              query: Q
              mutation: Q
              subscription: Q
            }
            type Q { a: Int }
            """,
            Error(RootTypes, "All root types must be different, \"Q\" type is used as query, mutation, and subscription root types.", (2, 10), (3, 13), (4, 17)));
    }
}
