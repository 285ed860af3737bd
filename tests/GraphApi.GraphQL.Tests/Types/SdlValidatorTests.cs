using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Validation;
using static GraphApi.GraphQL.Tests.Types.SchemaErrorAssert;

namespace GraphApi.GraphQL.Tests.Types;

/// <summary>
/// <see cref="SdlValidator"/>, rule by rule. Expected messages, locations and their order are graphql-js 17's
/// (<c>validateSDL</c> with <c>specifiedSDLRules</c>) except where a test says the spec asks for more.
/// </summary>
public partial class SdlValidatorTests
{
    private const string SchemaSection = "Schema";
    private const string RootTypes = "Root-Operation-Types";
    private const string SchemaExtension = "Schema-Extension.Schema-Validation";

    private static IReadOnlyList<GraphQLError> Validate(string sdl, Schema? existing = null) =>
        SdlValidator.Validate(Parser.Parse(sdl), existing);

    private static void ExpectValid(string sdl, Schema? existing = null) => Equal(Validate(sdl, existing));

    private static void ExpectErrors(string sdl, params ExpectedSchemaError[] errors) => Equal(Validate(sdl), errors);

    private static Schema Existing(string sdl) => SchemaBuilder.Build(sdl);

    [Fact]
    public void A_complete_schema_document_is_valid()
    {
        ExpectValid("""
            schema @onSchema { query: Query }
            extend schema { mutation: Mutation }
            directive @onSchema on SCHEMA
            directive @tag(name: String!, extra: [Filter] = [{ name: "x" }]) repeatable on OBJECT | FIELD_DEFINITION | ENUM_VALUE
            scalar Url @specifiedBy(url: "https://example.com")
            interface Node { id: ID! }
            type Query implements Node @tag(name: "a") @tag(name: "b") {
              id: ID!
              search(filter: Filter, kind: Kind = A): [Result] @deprecated(reason: "no")
              meta: __Schema
            }
            type Mutation { a: Int }
            extend type Mutation { b: Int }
            union Result = Query | Mutation
            enum Kind { A @tag(name: "A") B }
            extend enum Kind { C }
            input Filter @oneOf { name: String @deprecated, id: ID }
            """);
    }

    [Fact]
    public void Executable_definitions_are_not_allowed()
    {
        // spec §3 asks for a descriptive error; graphql-js ignores them.
        ExpectErrors(
            """
            type Query { a: Int }
            query Named { a }
            { a }
            mutation { a }
            fragment F on Query { a }
            """,
            Error("Type-System", "A type system document cannot contain operations, but found the query \"Named\".", (2, 1)),
            Error("Type-System", "A type system document cannot contain operations, but found an anonymous query.", (3, 1)),
            Error("Type-System", "A type system document cannot contain operations, but found an anonymous mutation.", (4, 1)),
            Error("Type-System", "A type system document cannot contain fragments, but found the fragment \"F\".", (5, 1)));
    }

    [Fact]
    public void Only_one_schema_definition_is_allowed()
    {
        ExpectErrors(
            "schema { query: Query }\nschema { query: Query }\ntype Query { a: Int }",
            Error(SchemaSection, "Must provide only one schema definition.", (2, 1)),
            Error(RootTypes, "There can be only one query type in schema.", (1, 10), (2, 10)));
    }

    [Fact]
    public void An_extension_document_cannot_define_a_schema()
    {
        var existing = Existing("type Query { a: Int }");

        Equal(
            Validate("schema { mutation: M }\ntype M { a: Int }", existing),
            Error(SchemaExtension, "Cannot define a new schema within a schema extension.", (1, 1)));
    }

    [Fact]
    public void Each_root_operation_type_is_given_once()
    {
        ExpectErrors(
            """
            schema {
              query: Query
              query: Query
            }
            extend schema { mutation: Query }
            extend schema { mutation: Query }
            type Query { a: Int }
            """,
            Error(RootTypes, "There can be only one query type in schema.", (2, 3), (3, 3)),
            Error(RootTypes, "There can be only one mutation type in schema.", (5, 17), (6, 17)));
    }

    [Fact]
    public void An_extension_cannot_redefine_a_root_operation_type()
    {
        var existing = Existing("type Query { a: Int }");

        Equal(
            Validate("extend schema { query: Other, mutation: Other }\ntype Other { a: Int }", existing),
            Error(SchemaExtension, "Type for query already defined in the schema. It cannot be redefined.", (1, 17)));
    }

    [Fact]
    public void Type_names_are_unique()
    {
        // Redefining a built-in scalar is allowed when building from scratch, as in graphql-js.
        ExpectErrors(
            "type Query { a: Int }\ntype Query { b: Int }\nscalar Query\nscalar String",
            Error(SchemaSection, "There can be only one type named \"Query\".", (1, 6), (2, 6)),
            Error(SchemaSection, "There can be only one type named \"Query\".", (1, 6), (3, 8)));
    }

    [Fact]
    public void An_extension_document_cannot_redefine_a_type()
    {
        var existing = Existing("type Query { a: Int }");

        Equal(
            Validate("type Query { b: Int }\nscalar String", existing),
            Error(SchemaSection, "Type \"Query\" already exists in the schema. It cannot also be defined in this type definition.", (1, 6)),
            Error(SchemaSection, "Type \"String\" already exists in the schema. It cannot also be defined in this type definition.", (2, 8)));
    }

    [Fact]
    public void Directive_names_are_unique()
    {
        ExpectErrors(
            "type Query { a: Int }\ndirective @d on FIELD\ndirective @d on QUERY\ndirective @skip(if: Boolean!) on FIELD",
            Error(SchemaSection, "There can be only one directive named \"@d\".", (2, 12), (3, 12)));
    }

    [Fact]
    public void An_extension_document_cannot_redefine_a_directive()
    {
        var existing = Existing("type Query { a: Int }\ndirective @d on FIELD");

        Equal(
            Validate("directive @d on QUERY\ndirective @skip(if: Boolean!) on FIELD", existing),
            Error(SchemaSection, "Directive \"@d\" already exists in the schema. It cannot be redefined.", (1, 12)),
            Error(SchemaSection, "Directive \"@skip\" already exists in the schema. It cannot be redefined.", (2, 12)));
    }

    [Fact]
    public void Unknown_types_are_reported_with_suggestions()
    {
        ExpectErrors(
            """
            type Query {
              a: Strin
              b(x: [Inptu!]): Int
              c: __Type
            }
            input Input { a: Int }
            union U = Querry
            type T implements Interfac { a: Int }
            schema { query: Qery }
            """,
            Error("Types", "Unknown type \"Strin\". Did you mean \"String\"?", (2, 6)),
            Error("Types", "Unknown type \"Inptu\". Did you mean \"Input\" or \"Int\"?", (3, 9)),
            Error("Types", "Unknown type \"Querry\". Did you mean \"Query\"?", (7, 11)),
            Error("Types", "Unknown type \"Interfac\".", (8, 19)),
            Error("Types", "Unknown type \"Qery\". Did you mean \"Query\"?", (9, 17)));
    }

    [Fact]
    public void Types_of_the_extended_schema_are_known()
    {
        var existing = Existing("type Query { a: Int }\nenum Color { RED }");

        ExpectValid("extend type Query { color: Color, other: Other }\ntype Other { q: Query }", existing);
    }

    [Fact]
    public void Errors_come_in_graphql_js_order()
    {
        // Rules run per node in graphql-js's rule order while the document is walked once.
        ExpectErrors(
            """
            type Query @unknown(a: 1, a: 2) {
              f: Unknown @deprecated @deprecated
            }
            type Query { g: Int }
            """,
            Error("Type-System.Directives", "Unknown directive \"@unknown\".", (1, 12)),
            Error("Argument-Uniqueness", "There can be only one argument named \"a\".", (1, 21), (1, 27)),
            Error("Directives-Are-Unique-Per-Location", "The directive \"@deprecated\" can only be used once at this location.", (2, 14), (2, 26)),
            Error("Types", "Unknown type \"Unknown\".", (2, 6)),
            Error(SchemaSection, "There can be only one type named \"Query\".", (1, 6), (4, 6)));
    }
}
