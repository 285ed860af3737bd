using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Validation;
using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.RuleHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class FragmentSpreadsMustNotFormCyclesTests
{
    private static string Cycle(params string[] names) =>
        $"Fragment \"{names[0]}\" spreads itself ({string.Join(" -> ", names)}): fragment spreads must not form cycles.";

    [Fact]
    public void Spreads_without_cycles_are_valid()
    {
        ExpectValid<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Dog { ...fragB, ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """);
    }

    [Fact]
    public void The_same_fragment_spread_in_sibling_inline_fragments_is_not_a_cycle()
    {
        ExpectValid<FragmentSpreadsMustNotFormCycles>("""
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }
            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """);
    }

    [Fact]
    public void Fragment_spreading_itself_is_reported_also_when_nested_in_fields_and_inline_fragments()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Human { relatives { ...fragA } }
            fragment fragB on Dog { ... on Dog { ... on Dog { ...fragB } } }
            """,
            Error(Cycle("fragA", "fragA"), (1, 39)),
            Error(Cycle("fragB", "fragB"), (2, 51)));
    }

    [Fact]
    public void Two_fragments_spreading_each_other_are_reported_once_at_both_spreads()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """,
            Error(Cycle("nameFragment", "barkVolumeFragment", "nameFragment"), (9, 3), (14, 3)));
    }

    [Fact]
    public void Cycle_through_nested_fields_is_reported()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """,
            Error(Cycle("dogFragment", "ownerFragment", "dogFragment"), (10, 5), (17, 5)));
    }

    [Fact]
    public void Long_cycles_are_reported_with_every_spread_of_the_path()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            Error(Cycle("fragA", "fragB", "fragC", "fragO", "fragP", "fragA"), (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            Error(Cycle("fragO", "fragP", "fragX", "fragY", "fragZ", "fragO"), (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }

    [Fact]
    public void Two_cycles_through_the_same_fragment_are_each_reported()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            Error(Cycle("fragA", "fragB", "fragA"), (1, 25), (2, 25)),
            Error(Cycle("fragA", "fragC", "fragA"), (1, 35), (3, 25)));
    }

    [Fact]
    public void Cycle_found_deeper_in_the_search_starts_at_the_fragment_it_returns_to()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error(Cycle("fragA", "fragC", "fragA"), (1, 25), (3, 25)),
            Error(Cycle("fragC", "fragB", "fragC"), (3, 35), (2, 25)));
    }

    [Fact]
    public void Self_spread_and_longer_cycles_through_it_are_all_reported()
    {
        ExpectErrors<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            Error(Cycle("fragB", "fragB"), (2, 25)),
            Error(Cycle("fragA", "fragB", "fragC", "fragA"), (1, 25), (2, 35), (3, 25)),
            Error(Cycle("fragB", "fragC", "fragB"), (2, 35), (3, 35)));
    }

    [Fact]
    public void Spreads_follow_the_last_definition_of_a_duplicated_name_and_skip_undefined_fragments()
    {
        ExpectValid<FragmentSpreadsMustNotFormCycles>("""
            fragment fragA on Dog { ...fragB ...Unknown }
            fragment fragB on Dog { ...fragA }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void A_cycle_through_fifty_thousand_fragments_does_not_exhaust_the_stack()
    {
        const int count = 50_000;
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { ...F").Append((i + 1) % count).Append(" }\n");
        }

        var document = Parser.Parse(text.ToString(), ParserOptions.ForSchema);
        var errors = DocumentValidator.Validate(
            Schema, document, rules: RuleSet.Of(static () => new FragmentSpreadsMustNotFormCycles()));

        var error = Assert.Single(errors);
        Assert.Equal(count, error.Locations.Count);
        Assert.Equal((1, 22), (error.Locations[0].Line, error.Locations[0].Column));
        Assert.Equal((count, 26), (error.Locations[^1].Line, error.Locations[^1].Column));
        Assert.EndsWith("F49999 -> F0): fragment spreads must not form cycles.", error.Message);
    }
}
