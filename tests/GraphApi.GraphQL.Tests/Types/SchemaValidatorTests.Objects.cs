using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Validation;
using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string Objects = "Objects.Type-Validation";
    private const string Interfaces = "Interfaces.Type-Validation";

    [Fact]
    public void Object_and_interface_types_must_define_fields()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            directive @d on OBJECT | INTERFACE
            type Empty
            extend type Empty @d
            interface Nothing
            """,
            Error(Objects, "Type Empty must define one or more fields.", (3, 1), (4, 1)),
            Error(Interfaces, "Type Nothing must define one or more fields.", (5, 1)));
    }

    [Fact]
    public void Fields_must_have_output_types()
    {
        ExpectErrors(
            """
            type Query {
              a: In
              b: [In!]
            }
            input In { x: Int }
            """,
            Error(Objects, "The type of Query.a must be Output Type but got: In.", (2, 6)),
            Error(Objects, "The type of Query.b must be Output Type but got: [In!].", (3, 6)));
    }

    [Fact]
    public void Field_arguments_must_have_input_types()
    {
        // The default value of an argument of an output type cannot be judged (graphql-js throws on it).
        ExpectErrors(
            """
            type Query {
              a(x: Query = 1, y: [U!]): Int
            }
            union U = Query
            """,
            Error(Objects, "The type of Query.a(x:) must be Input Type but got: Query.", (2, 8)),
            Error(Objects, "The type of Query.a(y:) must be Input Type but got: [U!].", (2, 22)));
    }

    [Fact]
    public void Required_arguments_cannot_be_deprecated()
    {
        // Optional arguments may be: nullable ones, and Non-Null ones with a default.
        ExpectErrors(
            """
            type Query {
              a(x: Int! @deprecated): Int
              b(x: Int! = 1 @deprecated, y: Int @deprecated(reason: "old")): Int
            }
            """,
            Error(Objects, "Required argument Query.a(x:) cannot be deprecated.", (2, 13), (2, 8)));
    }

    [Fact]
    public void Field_names_must_be_unique_in_the_model()
    {
        // SDL validation catches duplicates before the model is built; a model assembled otherwise is checked too.
        var document = Parser.Parse("type Query { a: Int b: String }");
        var schema = SchemaBuilder.Build(document, new SchemaBuildOptions { SkipValidation = true });
        var query = schema.QueryType!;
        var b = query.Fields["b"]!;
        query.Fields = new NameMap<FieldDefinition>([query.Fields["a"]!, b, new FieldDefinition("a", b.Type) { AstNode = b.AstNode }]);

        Equal(
            SchemaValidator.Validate(schema, document.Source),
            Error(Objects, "Field \"Query.a\" can only be defined once.", (1, 14), (1, 21)));
    }

    [Fact]
    public void Argument_names_must_be_unique_in_the_model()
    {
        var document = Parser.Parse("type Query { a(x: Int, y: Int): Int }");
        var schema = SchemaBuilder.Build(document, new SchemaBuildOptions { SkipValidation = true });
        var field = schema.QueryType!.Fields["a"]!;
        var y = field.Arguments["y"]!;
        field.Arguments = new NameMap<InputValueDefinition>([field.Arguments["x"]!, y, new InputValueDefinition("x", y.Type) { AstNode = y.AstNode }]);

        Equal(
            SchemaValidator.Validate(schema, document.Source),
            Error(Objects, "Argument \"Query.a(x:)\" can only be defined once.", (1, 16), (1, 24)));
    }
}
