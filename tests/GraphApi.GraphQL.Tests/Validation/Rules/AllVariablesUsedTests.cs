using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class AllVariablesUsedTests
{
    [Fact]
    public void Variables_used_directly_in_values_and_directives_are_valid()
    {
        RuleHarness.ExpectValid<AllVariablesUsed>(
            """
            query Q($a: Boolean, $b: Int, $c: String, $d: Boolean!) @withArgs(required: $b) {
              dog @include(if: $d) { isHouseTrained(atOtherHomes: $a) }
              arguments { complexArgField(complexArg: { nested: { stringListField: ["x", $c] } }) }
            }
            """);
    }

    [Fact]
    public void Variables_used_in_fragments_transitively_are_valid()
    {
        RuleHarness.ExpectValid<AllVariablesUsed>(
            """
            query Q($atOtherHomes: Boolean, $surname: Boolean) { dog { ...outer } }
            fragment outer on Dog { ...inner ... on Dog { name(surname: $surname) } }
            fragment inner on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """);
    }

    [Fact]
    public void Unused_variable_is_reported_at_its_definition()
    {
        RuleHarness.ExpectErrors<AllVariablesUsed>(
            """
            query variableUnused($atOtherHomes: Boolean) {
              dog { isHouseTrained }
            }
            """,
            RuleHarness.Error("Variable \"$atOtherHomes\" is defined by operation \"variableUnused\" but never used.", (1, 22)));
    }

    [Fact]
    public void Every_unused_definition_is_reported_including_repeated_ones()
    {
        RuleHarness.ExpectErrors<AllVariablesUsed>(
            """
            query ($a: Int, $b: Int, $a: Int, $c: Boolean) { dog { isHouseTrained(atOtherHomes: $c) } }
            """,
            RuleHarness.Error("Variable \"$a\" is defined by the operation but never used.", (1, 8)),
            RuleHarness.Error("Variable \"$b\" is defined by the operation but never used.", (1, 17)),
            RuleHarness.Error("Variable \"$a\" is defined by the operation but never used.", (1, 26)));
    }

    [Fact]
    public void A_variable_used_only_by_another_operation_is_unused()
    {
        RuleHarness.ExpectErrors<AllVariablesUsed>(
            """
            query One($x: Boolean) { ...F }
            mutation Two($x: Boolean) { renameDog(name: "x") { name } }
            subscription Three($x: Boolean) { dogBarked { name } }
            fragment F on Query { dog { isHouseTrained(atOtherHomes: $x) } }
            """,
            RuleHarness.Error("Variable \"$x\" is defined by operation \"Two\" but never used.", (2, 14)),
            RuleHarness.Error("Variable \"$x\" is defined by operation \"Three\" but never used.", (3, 20)));
    }

    [Fact]
    public void Fragment_cycles_do_not_hang()
    {
        RuleHarness.ExpectErrors<AllVariablesUsed>(
            """
            query Q($a: Boolean, $unused: Int) { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...A isHouseTrained(atOtherHomes: $a) }
            """,
            RuleHarness.Error("Variable \"$unused\" is defined by operation \"Q\" but never used.", (1, 22)));
    }
}
