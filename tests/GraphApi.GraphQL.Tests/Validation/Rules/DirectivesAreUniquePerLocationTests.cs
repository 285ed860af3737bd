using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class DirectivesAreUniquePerLocationTests
{
    private const string Message = "is not repeatable but is used more than once at this location.";

    [Fact]
    public void Different_directives_on_one_node_and_one_directive_on_several_nodes_are_valid()
    {
        RuleHarness.ExpectValid<DirectivesAreUniquePerLocation>(
            """
            query ($foo: Boolean = true, $bar: Boolean = false) @onQuery {
              field: dog @skip(if: $foo) @include(if: $bar) @onField { subfieldA: name }
              field: dog @skip(if: $bar) { subfieldB: name @skip(if: $foo) }
            }
            """);
    }

    [Fact]
    public void Repeatable_and_unknown_directives_may_repeat()
    {
        RuleHarness.ExpectValid<DirectivesAreUniquePerLocation>(
            """
            { dog @repeatableOnField @repeatableOnField @unknown @unknown { name } }
            """);
    }

    [Fact]
    public void Repeated_directive_on_a_field_is_reported_with_its_first_use()
    {
        RuleHarness.ExpectErrors<DirectivesAreUniquePerLocation>(
            """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              field: dog @skip(if: $foo) @skip(if: $bar) { name }
            }
            """,
            RuleHarness.Error($"Directive \"@skip\" {Message}", (2, 14), (2, 30)));
    }

    [Fact]
    public void Each_repetition_is_reported_with_the_first_use()
    {
        RuleHarness.ExpectErrors<DirectivesAreUniquePerLocation>(
            """
            { dog { name @onField @include(if: true) @onField @include(if: false) @onField } }
            """,
            RuleHarness.Error($"Directive \"@onField\" {Message}", (1, 14), (1, 42)),
            RuleHarness.Error($"Directive \"@include\" {Message}", (1, 23), (1, 51)),
            RuleHarness.Error($"Directive \"@onField\" {Message}", (1, 14), (1, 71)));
    }

    [Fact]
    public void Repetitions_are_reported_at_every_executable_location()
    {
        RuleHarness.ExpectErrors<DirectivesAreUniquePerLocation>(
            """
            query Q($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
              dog { ...F @onFragmentSpread @onFragmentSpread ... @onInlineFragment @onInlineFragment { name } }
            }
            fragment F on Dog @onFragmentDefinition @onFragmentDefinition { name }
            mutation M @onMutation @onMutation { renameDog(name: "x") { name } }
            """,
            RuleHarness.Error($"Directive \"@onQuery\" {Message}", (1, 62), (1, 71)),
            RuleHarness.Error($"Directive \"@onVariableDefinition\" {Message}", (1, 17), (1, 39)),
            RuleHarness.Error($"Directive \"@onFragmentSpread\" {Message}", (2, 14), (2, 32)),
            RuleHarness.Error($"Directive \"@onInlineFragment\" {Message}", (2, 54), (2, 72)),
            RuleHarness.Error($"Directive \"@onFragmentDefinition\" {Message}", (4, 19), (4, 41)),
            RuleHarness.Error($"Directive \"@onMutation\" {Message}", (5, 12), (5, 24)));
    }

    [Fact]
    public void Repetition_across_a_type_definition_and_its_extensions_is_reported()
    {
        RuleHarness.ExpectErrors<DirectivesAreUniquePerLocation>(
            """
            scalar S @specifiedBy(url: "a")
            extend scalar S @specifiedBy(url: "b")
            scalar Other @specifiedBy(url: "c")
            schema @onQuery { query: Q }
            extend schema @onQuery
            """,
            RuleHarness.Error($"Directive \"@specifiedBy\" {Message}", (1, 10), (2, 17)),
            RuleHarness.Error($"Directive \"@onQuery\" {Message}", (4, 8), (5, 15)));
    }

    [Fact]
    public void Fields_arguments_and_enum_values_of_a_type_are_separate_locations()
    {
        RuleHarness.ExpectErrors<DirectivesAreUniquePerLocation>(
            """
            type T {
              f(a: Int @deprecated, b: Int @deprecated): Int @deprecated
              g: Int @deprecated @deprecated
            }
            enum E { A @deprecated B @deprecated @deprecated }
            """,
            RuleHarness.Error($"Directive \"@deprecated\" {Message}", (3, 10), (3, 22)),
            RuleHarness.Error($"Directive \"@deprecated\" {Message}", (5, 26), (5, 38)));
    }

    [Fact]
    public void A_directive_defined_in_the_document_uses_its_own_repeatability()
    {
        RuleHarness.ExpectErrors<DirectivesAreUniquePerLocation>(
            """
            directive @onField repeatable on FIELD
            directive @repeatableOnField on FIELD
            { dog { name @onField @onField @repeatableOnField @repeatableOnField } }
            """,
            RuleHarness.Error($"Directive \"@repeatableOnField\" {Message}", (3, 32), (3, 51)));
    }
}
