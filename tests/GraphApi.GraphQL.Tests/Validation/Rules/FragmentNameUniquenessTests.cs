using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentNameUniquenessTests
{
    [Fact]
    public void Fragments_with_different_names_are_valid()
    {
        ExpectValid<FragmentNameUniqueness>("""
            {
              dog {
                ...fragmentOne
                ...fragmentTwo
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """);
    }

    [Fact]
    public void Inline_fragments_and_operations_do_not_take_part()
    {
        ExpectValid<FragmentNameUniqueness>("""
            {
              dog {
                ... on Dog { name }
                ... on Dog { barks }
              }
            }

            query fragmentOne { dog { ...fragmentOne } }

            fragment fragmentOne on Dog { name }
            """);
    }

    [Fact]
    public void Two_fragments_with_the_same_name_are_reported_at_both_names()
    {
        ExpectErrors<FragmentNameUniqueness>("""
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """,
            Error("There is more than one fragment named \"fragmentOne\".", (7, 10), (11, 10)));
    }

    [Fact]
    public void Each_repeat_is_reported_against_the_first_definition_of_its_name()
    {
        ExpectErrors<FragmentNameUniqueness>("""
            fragment A on Dog { name }
            fragment B on Dog { name }
            fragment A on Cat { name }
            fragment A on Human { name }
            fragment B on Dog { barks }
            """,
            Error("There is more than one fragment named \"A\".", (1, 10), (3, 10)),
            Error("There is more than one fragment named \"A\".", (1, 10), (4, 10)),
            Error("There is more than one fragment named \"B\".", (2, 10), (5, 10)));
    }
}
