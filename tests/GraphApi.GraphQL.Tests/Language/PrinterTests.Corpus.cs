namespace GraphApi.GraphQL.Tests.Language;

public partial class PrinterTests
{
    /// <summary>
    /// Documents that reach every layout decision of the printer: each kind of definition and extension,
    /// descriptions in every position, block strings inside nested blocks, and argument lists, lists and
    /// objects just under, at and just over the 80-column limit.
    /// </summary>
    private static readonly string[] LayoutCorpus =
    [
        "query { a }",
        "{ a b { c d { e } } }",
        "query Named { a }",
        "query ($a: Int, $b: [String!]! = [\"x\", \"y\"] @dir(x: 1)) @op { a(x: $a) }",
        "mutation M($input: In! = {a: 1, b: {c: [1, 2]}}) { do(input: $input) { ok } }",
        "subscription S @live { events(after: 1.5e3, kinds: [A, B]) { id } }",
        "{ alias: field(a: 1, b: \"two\", c: THREE, d: null, e: true, f: false, g: 0.25, h: [], i: {}) }",
        "{ ...Spread @include(if: $x) ... on Dog { bark } ... @skip(if: true) { a } ... { b } }",
        "fragment F on Dog @dir { name ... on Dog { ...G } }",
        "\"fragment doc\" fragment F on T { a }",
        "\"\"\"\nOperation description\nover lines\n\"\"\"\nquery Q { a }",
        "query Q(\"\"\"block\n  var\"\"\" $a: Int = 1 @d, \"plain\" $b: Int) { a }",
        "{ f(a: \"" + new string('x', 72) + "\") }",
        "{ f(a: \"" + new string('x', 73) + "\") }",
        "{ alias: f(a: \"" + new string('x', 65) + "\") @d }",
        "{ f(first: 10, after: \"cursor\", orderBy: {field: NAME, direction: ASC}, filter: {name: {startsWith: \"a\"}}) }",
        "{ f(a: [\"" + new string('x', 74) + "\"]) }",
        "{ f(a: [\"" + new string('x', 75) + "\"]) }",
        "{ f(a: {k: \"" + new string('x', 69) + "\"}) }",
        "{ f(a: {k: \"" + new string('x', 70) + "\"}) }",
        "{ f(a: [[[\"" + new string('x', 40) + "\", \"" + new string('y', 40) + "\"]], {n: {m: [1, 2, 3]}}]) }",
        "{ f(a: \"\"\"  block with leading space\"\"\", b: \"\"\"multi\nline\"\"\", c: \"\\u0001 \\\\ \\\"\") }",
        """
        schema @dir { query: Q mutation: M subscription: S }
        "described" schema { query: Q }
        extend schema @more
        extend schema { mutation: M }
        """,
        """
        "scalar doc" scalar Date @specifiedBy(url: "https://example.com")
        extend scalar Date @more
        """,
        """"
        """
        Type description

          indented line
        """
        type T implements A & B @key(fields: "id") {
          "field doc" f("arg doc" a: Int = 1 @d, b: [In!]! = [{x: 1}]): [T!]! @deprecated(reason: "old")
          """
          multi
          line

          doc
          """
          g: Int
          h(a: Int, b: String): String
        }
        type Empty
        extend type T implements C @more { extra: Int }
        extend type T @only
        """",
        """
        interface I implements J & K @d { f: Int }
        extend interface I implements L { g: Int }
        union U @d = A | B | C
        union V
        extend union U @more = D
        """,
        """"
        enum E @d { "doc" A @deprecated B """block""" C }
        extend enum E @more { D }
        input In @oneOf { "doc" a: Int = 1 @d b: [String!] = ["x"] }
        extend input In @more { c: Int }
        """",
        """
        "directive doc" directive @d(a: Int = 1, b: [String]) repeatable on FIELD | QUERY | FRAGMENT_SPREAD
        directive @e("described" a: Int, b: Int) on OBJECT
        directive @f on SCHEMA
        """,
        """
        type Q {
          f(long: In = {alpha: "aaaaaaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbbb", gamma: "cccccccccccccccccccc"}): Int
        }
        """,
    ];
}
