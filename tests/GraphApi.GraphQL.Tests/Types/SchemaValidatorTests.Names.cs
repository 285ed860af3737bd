using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string ReservedNames = "Names.Reserved-Names";

    [Fact]
    public void Names_must_not_begin_with_two_underscores()
    {
        // Directives first, then types in schema order, as graphql-js reports them.
        ExpectErrors(
            """
            type Query {
              __a: Int
              b(__c: Int): Int
            }
            type __Foo { a: Int }
            enum E { __V }
            input I { __f: Int }
            directive @__d(__a: Int) on FIELD
            """,
            Error(ReservedNames, "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.", (8, 1)),
            Error(ReservedNames, "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", (8, 16)),
            Error(ReservedNames, "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", (2, 3)),
            Error(ReservedNames, "Name \"__c\" must not begin with \"__\", which is reserved by GraphQL introspection.", (3, 5)),
            Error(ReservedNames, "Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection.", (5, 1)),
            Error(ReservedNames, "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection.", (6, 10)),
            Error(ReservedNames, "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.", (7, 11)));
    }

    [Fact]
    public void The_introspection_types_may_use_their_reserved_names()
    {
        var schema = Build("type Query { a: Int }");

        Assert.NotNull(schema.GetType("__Schema"));
        Assert.Empty(GraphApi.GraphQL.Types.Validation.SchemaValidator.Validate(schema));
    }
}
