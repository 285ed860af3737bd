using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadTypeExistenceTests
{
    private static readonly Schema QueryOnlySchema = SchemaBuilder.Build("type Query { hello: String }");

    [Fact]
    public void Known_types_in_type_conditions_and_variable_types_are_valid()
    {
        ExpectValid<FragmentSpreadTypeExistence>("""
            query Foo($var: String, $required: [Int!]!, $input: ComplexInput, $color: FurColor) {
              dog { name }
            }

            fragment correctType on Dog {
              name
            }

            fragment inlineFragment on Dog {
              ... on Dog {
                name
              }
            }

            fragment inlineFragment2 on Dog {
              ... @include(if: true) {
                name
              }
            }

            fragment onInterface on Pet { ... on CatOrDog { ... on __Type { name } } }
            """);
    }

    [Fact]
    public void Unknown_type_conditions_of_named_and_inline_fragments_are_reported()
    {
        ExpectErrors<FragmentSpreadTypeExistence>("""
            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }
            """,
            Error("Fragment \"notOnExistingType\" is on unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
            Error("Inline fragment is on unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)));
    }

    [Fact]
    public void Unknown_variable_types_are_reported_inside_list_and_non_null_wrappers()
    {
        ExpectErrors<FragmentSpreadTypeExistence>("""
            query Foo($var: [JumbledUpLetters!]!, $ok: Boolean, $other: Nope = 1) {
              human {
                pets {
                  ... on Badger {
                    name
                  }
                  ...PetFields
                }
              }
            }

            fragment PetFields on Peat {
              name
            }
            """,
            Error("Variable \"$var\" has unknown type \"JumbledUpLetters\".", (1, 18)),
            Error("Variable \"$other\" has unknown type \"Nope\". Did you mean \"Node\"?", (1, 61)),
            Error("Inline fragment is on unknown type \"Badger\".", (4, 14)),
            Error("Fragment \"PetFields\" is on unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (12, 23)));
    }

    [Fact]
    public void Types_defined_in_the_document_count_as_existing()
    {
        // Only definitions count: the extension of Leaf does not define it.
        ExpectErrors<FragmentSpreadTypeExistence>("""
            query Foo($var: Int!) {
              ... on Date { x }
            }

            fragment F on Date { x }

            scalar Date
            type Tree { leaf: Leaf }
            extend type Leaf { color: String }
            """,
            Error("Unknown type \"Leaf\".", (8, 19)));
    }

    [Fact]
    public void Built_in_scalars_the_schema_does_not_use_are_unknown_to_operations_but_suggested_in_definitions()
    {
        ExpectErrors<FragmentSpreadTypeExistence>(QueryOnlySchema, """
            query ($a: Float, $b: ID, $c: __Type, $d: String) { hello }
            type T { a: Flaot }
            """,
            Error("Variable \"$a\" has unknown type \"Float\".", (1, 12)),
            Error("Variable \"$b\" has unknown type \"ID\".", (1, 23)),
            Error("Unknown type \"Flaot\". Did you mean \"Float\"?", (2, 13)));
    }

    [Fact]
    public void Types_referenced_by_type_system_definitions_are_checked_except_built_in_names()
    {
        // Float, ID and __TypeKind are not in this schema, but type system definitions may always name them.
        ExpectErrors<FragmentSpreadTypeExistence>(QueryOnlySchema, """
            type Query {
              body: String
              tree: Tree
              when: Date
              id: ID
              float: Float
              kind: __TypeKind
            }

            type Tree implements Plant & Node {
              fn(arg: [Branch!], other: String = "x"): Leaf
            }

            union Forest = Tree | Bush

            input Filter { size: Size, name: String }

            interface Plant { id: ID }

            schema { query: Query mutation: Mut }

            extend schema { subscription: Sub }

            directive @grow(rate: Rate) on FIELD_DEFINITION

            extend type Tree { height: Height }
            extend union Forest = Grove
            extend input Filter { age: Age }
            extend interface Plant implements Green { id: ID }
            """,
            Error("Unknown type \"Date\".", (4, 9)),
            Error("Unknown type \"Node\".", (10, 30)),
            Error("Unknown type \"Branch\".", (11, 12)),
            Error("Unknown type \"Leaf\".", (11, 44)),
            Error("Unknown type \"Bush\".", (14, 23)),
            Error("Unknown type \"Size\".", (16, 22)),
            Error("Unknown type \"Mut\". Did you mean \"Int\"?", (20, 33)),
            Error("Unknown type \"Sub\".", (22, 31)),
            Error("Unknown type \"Rate\".", (24, 23)),
            Error("Unknown type \"Height\".", (26, 28)),
            Error("Unknown type \"Grove\". Did you mean \"Tree\"?", (27, 23)),
            Error("Unknown type \"Age\".", (28, 28)),
            Error("Unknown type \"Green\". Did you mean \"Tree\"?", (29, 35)));
    }
}
