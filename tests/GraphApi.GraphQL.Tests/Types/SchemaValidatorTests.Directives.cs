using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Validation;
using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    private const string Directives = "Type-System.Directives.Type-Validation";
    private const string SchemaSection = "Schema";

    [Fact]
    public void Directive_arguments_must_have_input_types_and_may_be_deprecated_only_if_optional()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            directive @d(
              a: Query
              b: Int! @deprecated
              c: Int! = 1 @deprecated
            ) on FIELD
            """,
            Error(Directives, "The type of @d(a:) must be Input Type but got: Query.", (3, 3)),
            Error(Directives, "Required argument @d(b:) cannot be deprecated.", (4, 11), (4, 6)));
    }

    [Fact]
    public void A_directive_must_have_locations()
    {
        // The grammar requires a location; a model assembled otherwise is checked too.
        var document = Parser.Parse("type Query { a: Int }\ndirective @d on FIELD");
        var schema = SchemaBuilder.Build(document, new SchemaBuildOptions { SkipValidation = true });
        schema.GetDirective("d")!.Locations = [];

        Equal(
            SchemaValidator.Validate(schema, document.Source),
            Error(Directives, "Directive @d must include 1 or more locations.", (2, 1)));
    }

    [Fact]
    public void Directives_that_use_other_directives_without_a_cycle_are_valid()
    {
        ExpectValid("""
            type Query { a: Int @tagged(tag: { name: "x" }) }
            directive @tagged(tag: Tag @deprecated) on FIELD_DEFINITION
            input Tag { name: String @deprecated(reason: "old") kind: Kind }
            enum Kind { A @deprecated }
            """);
    }

    [Fact]
    public void A_directive_cannot_be_used_on_its_own_arguments()
    {
        // The spec's counter-example in §3.13; graphql-js accepts it.
        ExpectErrors(
            "type Query { a: Int }\ndirective @invalidExample(arg: String @invalidExample) on ARGUMENT_DEFINITION",
            Error(Directives, "Directive @invalidExample must not reference itself, but @invalidExample(arg:) uses @invalidExample.", (2, 1), (2, 39)));
    }

    [Fact]
    public void A_directive_cannot_reference_itself_through_a_type()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            directive @d(opts: Opts) on INPUT_FIELD_DEFINITION | ENUM_VALUE
            input Opts { x: Int, kind: Kind }
            enum Kind { A @d }
            """,
            Error(Directives, "Directive @d must not reference itself, but @d(opts:) has type Opts, Opts.kind has type Kind, and Kind.A uses @d.", (2, 1), (4, 15)));
    }

    [Fact]
    public void Directives_cannot_reference_each_other()
    {
        ExpectErrors(
            """
            type Query { a: Int }
            directive @a(x: Int @b) on ARGUMENT_DEFINITION
            directive @b(y: Int @a) on ARGUMENT_DEFINITION
            """,
            Error(Directives, "Directive @a must not reference itself, but @a(x:) uses @b and @b(y:) uses @a.", (2, 1), (3, 21)),
            Error(Directives, "Directive @b must not reference itself, but @b(y:) uses @a and @a(x:) uses @b.", (3, 1), (2, 21)));
    }

    [Fact]
    public void Type_and_directive_names_must_be_unique_in_the_model()
    {
        var document = Parser.Parse("type Query { a: Int }\ntype T { a: Int }\ndirective @d on FIELD\ndirective @e on FIELD");
        var built = SchemaBuilder.Build(document, new SchemaBuildOptions { SkipValidation = true });
        var t = (ObjectType)built.GetType("T")!;
        var e = built.GetDirective("e")!;
        var schema = new Schema(
            new NameMap<NamedType>([.. built.Types, new ObjectType("Query") { Fields = t.Fields, AstNode = t.AstNode }]),
            new NameMap<DirectiveDefinition>([.. built.Directives, new DirectiveDefinition("d") { Locations = e.Locations, AstNode = e.AstNode }]),
            built.QueryType,
            null,
            null,
            null,
            [],
            null,
            []);

        Equal(
            SchemaValidator.Validate(schema, document.Source),
            Error(SchemaSection, "There can be only one directive named \"@d\".", (3, 12), (4, 12)),
            Error(SchemaSection, "There can be only one type named \"Query\".", (1, 6), (2, 6)));
    }
}
