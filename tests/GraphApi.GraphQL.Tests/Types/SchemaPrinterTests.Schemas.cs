namespace GraphApi.GraphQL.Tests.Types;

public partial class SchemaPrinterTests
{
    /// <summary>
    /// Every construct printSchema has a rule for: schema description and non-default root names,
    /// descriptions (block, quoted because not printable as a block, first and later in a block, on
    /// arguments of fields and directives), deprecation with default and custom reasons on fields,
    /// arguments, input fields and enum values, @specifiedBy, @oneOf, default values (long ones
    /// included), repeatable directives, interfaces implementing interfaces, unions and extensions.
    /// </summary>
    private const string FeatureSchema =
        """"
        """
        The feature schema.

        Its description has a blank line.
        """
        schema @auth(role: "schema") {
          query: Root
          mutation: Mutations
        }

        """Marks what needs a role."""
        directive @auth(
          "The role required."
          role: String! = "user"
          scopes: [String!] = []
        ) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT

        directive @exec(if: Boolean = true, label: String) on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION

        "An RFC 3339 date-time."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339") @auth(role: "scalar")

        scalar Json

        "  Indented on every line\n  so printed as a quoted string."
        interface Node {
          id: ID!
        }

        interface Entity implements Node @auth(role: "interface") {
          id: ID!
          "When it was created."
          createdAt: DateTime
          "\nStarts with a blank line."
          updatedAt: DateTime
        }

        type Root @cost(weight: 1) {
          "Find a node."
          node(id: ID!): Node
          entities(
            "How many."
            first: Int = 10
            after: String

            """
            Which ones.
            """
            filter: Filter = {name: {startsWith: "a"}, kinds: [BOOK, FILM], limit: 5, tags: ["one", "two", "three", "four"]}
            legacy: Boolean @deprecated
          ): [Entity!]! @auth(role: "reader", scopes: ["read"]) @cost(weight: 10)
          old: String @deprecated(reason: "Use `node` instead.\nSee the \"docs\".")
          older: String @deprecated(reason: "No longer supported")
          search(term: String! = "", options: Json = null, at: [[DateTime!]]): [SearchResult]
          book: Book
        }

        type Mutations {
          """
          Creates a book; ends with a quote: "
          """
          addBook(title: String!, kind: Kind = BOOK): Book!
          "Ends with a backslash \\"
          removeBook(id: ID!): Boolean
        }

        type Book implements Entity & Node @auth(role: "object") {
          id: ID!
          createdAt: DateTime
          updatedAt: DateTime
          title: String!
          """
          A very long description that is longer than seventy characters on a single line.
          """
          kind: Kind
        }

        type Film implements Node {
          id: ID!
        }

        union SearchResult @auth(role: "union") = Book | Film

        enum Kind @auth(role: "enum") {
          "A book."
          BOOK

          """
          A film,
          with a two-line description.
          """
          FILM @deprecated(reason: "Films moved.") @auth(role: "enum value")
          SONG @deprecated
        }

        "Filters entities."
        input Filter @auth(role: "input") {
          """A name filter."""
          name: NameFilter
          kinds: [Kind!] = [BOOK]
          "How many at most."
          limit: Int = 5 @deprecated(reason: "Paginate instead.")
          tags: [String] = ["one"]
        }

        input NameFilter @oneOf {
          startsWith: String
          equals: String @auth(role: "input field")
        }

        extend type Root @auth(role: "extension") {
          fromExtension: Int @auth(role: "extension field")
        }

        extend enum Kind {
          GAME
        }
        """";

    /// <summary>A directive applied at every place the type system allows, for the applied-directives option.</summary>
    private const string DirectivesSchema =
        """
        schema @auth(role: "schema") {
          query: Query
        }

        directive @auth(role: String!) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/") @auth(role: "scalar")

        interface Node @auth(role: "interface") {
          id: ID! @auth(role: "interface field")
        }

        type Query implements Node @auth(role: "object") @auth(role: "object again") {
          id: ID!
          link(to: Url @deprecated(reason: "Use `path`.") @auth(role: "argument"), path: String): Url @deprecated @auth(role: "field")
          search(by: By = { name: "x" }): Result
        }

        union Result @auth(role: "union") = Query

        enum Level @auth(role: "enum") {
          LOW @auth(role: "enum value")
          HIGH @auth(role: "deprecated enum value") @deprecated(reason: "Too high.")
        }

        input By @oneOf @auth(role: "input") {
          name: String @auth(role: "input field")
          id: ID @deprecated @auth(role: "deprecated input field")
        }

        extend type Query @auth(role: "extension")
        """;
}
