using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Validation;
using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

/// <summary>
/// <see cref="SchemaValidator"/>, rule by rule (spec §3). Expected messages and locations are graphql-js 17's
/// (buildSchema + validateSchema) except where a test says the spec asks for more than graphql-js checks.
/// </summary>
public partial class SchemaValidatorTests
{
    /// <summary>Builds <paramref name="sdl"/> without validation, then validates it with locations in <paramref name="sdl"/>.</summary>
    private static IReadOnlyList<GraphQLError> Validate(string sdl)
    {
        var document = Parser.Parse(sdl);
        var schema = SchemaBuilder.Build(document, new SchemaBuildOptions { SkipValidation = true });
        return SchemaValidator.Validate(schema, document.Source);
    }

    private static Schema Build(string sdl) => SchemaBuilder.Build(sdl, new SchemaBuildOptions { SkipValidation = true });

    private static void ExpectValid(string sdl) => Equal(Validate(sdl));

    private static void ExpectErrors(string sdl, params ExpectedSchemaError[] errors) => Equal(Validate(sdl), errors);

    [Fact]
    public void A_schema_with_every_kind_of_type_is_valid()
    {
        ExpectValid("""
            schema { query: Query mutation: Mutation }
            "A custom scalar"
            scalar Url @specifiedBy(url: "https://example.com/url")
            interface Node { id: ID! }
            type Query implements Node {
              id: ID!
              search(text: String = "x", kinds: [Kind!] = [A], filter: Filter = { name: "n" }): [Result]
              node(id: ID!): Node @deprecated(reason: "use search")
            }
            type Mutation { rename(input: Rename!): Query }
            union Result = Query | Mutation
            enum Kind { A B @deprecated }
            input Filter { name: String, limit: Int = 10 @deprecated, next: Filter }
            input Rename @oneOf { byId: ID, byUrl: Url }
            directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
            """);
    }

    [Fact]
    public void Errors_have_no_locations_without_the_source()
    {
        var schema = Build("type Query { a: Int }\ntype Empty");

        var errors = SchemaValidator.Validate(schema);

        var error = Assert.Single(errors);
        Assert.Equal("Type Empty must define one or more fields.", error.Message);
        Assert.Empty(error.Locations);
    }
}
