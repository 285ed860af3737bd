using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class ExecutableDefinitionsTests
{
    private const string Suffix = " is not allowed in an executable document: only operations and fragments are.";

    [Fact]
    public void Operations_and_fragments_are_executable()
    {
        ExpectValid<ExecutableDefinitions>("""
            query getDogName {
              dog {
                name
              }
            }

            fragment nameFragment on Dog {
              name
            }
            """);
    }

    [Fact]
    public void Type_extension_next_to_an_operation_is_reported()
    {
        ExpectErrors<ExecutableDefinitions>("""
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """,
            Error("The extension of type \"Dog\"" + Suffix, (8, 1)));
    }

    [Fact]
    public void Schema_definitions_and_extensions_are_reported_at_the_definition_including_its_description()
    {
        ExpectErrors<ExecutableDefinitions>("""
            schema {
              query: Query
            }

            "The root"
            type Query {
              dog: Dog
            }

            extend schema @onQuery

            scalar Date

            {
              dog {
                name
              }
            }
            """,
            Error("The schema definition" + Suffix, (1, 1)),
            Error("The definition of type \"Query\"" + Suffix, (5, 1)),
            Error("The schema extension" + Suffix, (10, 1)),
            Error("The definition of type \"Date\"" + Suffix, (12, 1)));
    }

    [Fact]
    public void Every_kind_of_type_system_definition_and_extension_is_reported_once()
    {
        ExpectErrors<ExecutableDefinitions>("""
            directive @cached on FIELD

            interface Animal {
              name: String
            }

            union Pets = Dog | Cat

            enum Size { SMALL }

            input Filter { size: Size }

            extend interface Animal @onField

            extend union Pets = Human

            extend enum Size { LARGE }

            extend input Filter { name: String }

            extend scalar Date @onField
            """,
            Error("The definition of directive \"@cached\"" + Suffix, (1, 1)),
            Error("The definition of type \"Animal\"" + Suffix, (3, 1)),
            Error("The definition of type \"Pets\"" + Suffix, (7, 1)),
            Error("The definition of type \"Size\"" + Suffix, (9, 1)),
            Error("The definition of type \"Filter\"" + Suffix, (11, 1)),
            Error("The extension of type \"Animal\"" + Suffix, (13, 1)),
            Error("The extension of type \"Pets\"" + Suffix, (15, 1)),
            Error("The extension of type \"Size\"" + Suffix, (17, 1)),
            Error("The extension of type \"Filter\"" + Suffix, (19, 1)),
            Error("The extension of type \"Date\"" + Suffix, (21, 1)));
    }
}
