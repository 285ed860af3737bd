using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadTargetDefinedTests
{
    private static string Unknown(string name) => $"Unknown fragment \"{name}\": the document defines no fragment of that name.";

    [Fact]
    public void Spreads_of_defined_fragments_are_valid()
    {
        ExpectValid<FragmentSpreadTargetDefined>("""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
                }
              }
            }

            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }

            fragment HumanFields2 on Human {
              name
            }

            fragment HumanFields3 on Human {
              name
            }
            """);
    }

    [Fact]
    public void Spreads_of_undefined_fragments_are_reported_at_the_spread_name()
    {
        ExpectErrors<FragmentSpreadTargetDefined>("""
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }

            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            Error(Unknown("UnknownFragment1"), (3, 8)),
            Error(Unknown("UnknownFragment2"), (5, 10)),
            Error(Unknown("UnknownFragment3"), (12, 6)));
    }

    [Fact]
    public void Every_spread_of_an_undefined_fragment_is_reported_even_with_directives_or_in_unused_fragments()
    {
        ExpectErrors<FragmentSpreadTargetDefined>("""
            subscription S { dogBarked { ... @onInlineFragment { ...Missing @onFragmentSpread } } }
            fragment Unused on Dog { owner { pets { ...Missing } } }
            """,
            Error(Unknown("Missing"), (1, 57)),
            Error(Unknown("Missing"), (2, 44)));
    }

    [Fact]
    public void Defined_fragments_with_a_similar_name_are_suggested_once_each()
    {
        ExpectErrors<FragmentSpreadTargetDefined>("""
            { human(id: 4) { ...HumanField } }
            fragment HumanFields on Human { name }
            fragment HumanFields on Human { iq }
            """,
            Error(Unknown("HumanField") + " Did you mean \"HumanFields\"?", (1, 21)));
    }
}
