using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentsMustBeUsedTests
{
    private static string Unused(string name) =>
        $"Fragment \"{name}\" is never used: no operation spreads it, directly or through other fragments.";

    [Fact]
    public void Fragments_used_directly_in_inline_fragments_and_through_other_fragments_are_valid()
    {
        ExpectValid<FragmentsMustBeUsed>("""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
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
    public void Unused_fragment_is_reported_at_its_definition()
    {
        ExpectErrors<FragmentsMustBeUsed>("""
            fragment nameFragment on Dog { # unused
              name
            }

            {
              dog {
                name
              }
            }
            """,
            Error(Unused("nameFragment"), (1, 1)));
    }

    [Fact]
    public void Fragments_used_by_any_of_several_operations_are_used()
    {
        ExpectErrors<FragmentsMustBeUsed>("""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }

            query Bar {
              human(id: 4) {
                ...HumanFields2
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

            fragment Unused1 on Human {
              name
            }

            fragment Unused2 on Human {
              name
            }
            """,
            Error(Unused("Unused1"), (26, 1)),
            Error(Unused("Unused2"), (30, 1)));
    }

    [Fact]
    public void Spreads_inside_unused_fragments_do_not_make_their_targets_used()
    {
        ExpectErrors<FragmentsMustBeUsed>("""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }

            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }

            fragment HumanFields3 on Human {
              name
            }

            fragment Unused1 on Human {
              name
              ...Unused2
            }

            fragment Unused2 on Human {
              name
              ...Unused1
              ...HumanFields3
            }
            """,
            Error(Unused("Unused1"), (16, 1)),
            Error(Unused("Unused2"), (21, 1)));
    }

    [Fact]
    public void Mutations_and_subscriptions_use_fragments_and_the_error_starts_at_a_description()
    {
        ExpectErrors<FragmentsMustBeUsed>("""
            "A described fragment"
            fragment Described on Dog { name }

            subscription { dogBarked { ...Used ... { ...Unknown } } }

            fragment Used on Dog { name }
            mutation { renameDog(name: "x") { ...Used2 } }
            fragment Used2 on Dog { name }
            """,
            Error(Unused("Described"), (1, 1)));
    }

    [Fact]
    public void Spreads_follow_the_last_definition_of_a_duplicated_name()
    {
        ExpectValid<FragmentsMustBeUsed>("""
            { dog { ...Used } }
            fragment Used on Dog { name }
            fragment Used on Dog { ...Other }
            fragment Other on Dog { name }
            """);
    }

    [Fact]
    public void Fragments_that_only_spread_each_other_are_unused_without_operations()
    {
        ExpectErrors<FragmentsMustBeUsed>("""
            fragment A on Dog { ...B }
            fragment B on Dog { ...A }
            """,
            Error(Unused("A"), (1, 1)),
            Error(Unused("B"), (2, 1)));
    }
}
