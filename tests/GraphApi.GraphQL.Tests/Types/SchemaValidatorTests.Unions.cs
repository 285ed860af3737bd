using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string Unions = "Unions.Type-Validation";

    [Fact]
    public void A_union_must_have_members()
    {
        ExpectErrors(
            "type Query { a: Int }\nunion U",
            Error(Unions, "Union type U must define one or more member types.", (2, 1)));
    }

    [Fact]
    public void Union_members_must_be_unique()
    {
        // That members are object types is checked on the SDL document (SdlValidatorTests).
        ExpectErrors(
            """
            type Query { a: Int }
            type Other { a: Int }
            union U = Query | Other | Query
            extend union U = Other
            """,
            Error(Unions, "Union type U can only include type Query once.", (3, 11), (3, 27)),
            Error(Unions, "Union type U can only include type Other once.", (3, 19), (4, 18)));
    }
}
