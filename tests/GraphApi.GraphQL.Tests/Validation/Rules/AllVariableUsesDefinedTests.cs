using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class AllVariableUsesDefinedTests
{
    [Fact]
    public void Variables_used_in_arguments_directives_lists_and_objects_are_defined()
    {
        RuleHarness.ExpectValid<AllVariableUsesDefined>(
            """
            query Q($a: Boolean, $b: Int, $c: String, $d: Boolean!) @withArgs(required: $b) {
              dog @include(if: $d) { isHouseTrained(atOtherHomes: $a) }
              arguments { complexArgField(complexArg: { requiredField: $d, intField: $b, stringListField: ["x", $c] }) }
            }
            """);
    }

    [Fact]
    public void Variables_used_in_fragments_transitively_are_defined()
    {
        RuleHarness.ExpectValid<AllVariableUsesDefined>(
            """
            query houseTrainedQueryOne($atOtherHomes: Boolean) { dog { ...outer } }
            query houseTrainedQueryTwo($atOtherHomes: Boolean) { dog { ...isHouseTrainedFragment } }
            fragment outer on Dog { ...isHouseTrainedFragment }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """);
    }

    [Fact]
    public void Undefined_variable_is_reported_at_the_use_and_the_operation()
    {
        RuleHarness.ExpectErrors<AllVariableUsesDefined>(
            """
            query variableIsNotDefined {
              dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            }
            """,
            RuleHarness.Error("Variable \"$atOtherHomes\" is used but not defined by operation \"variableIsNotDefined\".", (2, 38), (1, 1)));
    }

    [Fact]
    public void Undefined_variables_in_nested_values_and_directives_are_reported()
    {
        RuleHarness.ExpectErrors<AllVariableUsesDefined>(
            """
            query Q($b: Int) @withArgs(required: $r) {
              dog @include(if: $if) { name }
              arguments { complexArgField(complexArg: { intField: $b, nested: { stringListField: ["x", $c] } }) }
            }
            """,
            RuleHarness.Error("Variable \"$r\" is used but not defined by operation \"Q\".", (1, 38), (1, 1)),
            RuleHarness.Error("Variable \"$if\" is used but not defined by operation \"Q\".", (2, 20), (1, 1)),
            RuleHarness.Error("Variable \"$c\" is used but not defined by operation \"Q\".", (3, 92), (1, 1)));
    }

    [Fact]
    public void Each_use_of_an_undefined_variable_is_reported_in_an_anonymous_operation()
    {
        RuleHarness.ExpectErrors<AllVariableUsesDefined>(
            """
            { dog { a: isHouseTrained(atOtherHomes: $x) b: isHouseTrained(atOtherHomes: $x) } }
            """,
            RuleHarness.Error("Variable \"$x\" is used but not defined by the operation.", (1, 41), (1, 1)),
            RuleHarness.Error("Variable \"$x\" is used but not defined by the operation.", (1, 77), (1, 1)));
    }

    [Fact]
    public void Undefined_variable_in_a_nested_fragment_is_reported_for_each_operation_lacking_it()
    {
        RuleHarness.ExpectErrors<AllVariableUsesDefined>(
            """
            query houseTrainedQueryOne($atOtherHomes: Boolean) { dog { ...outer } }
            query houseTrainedQueryTwoNotDefined { dog { ...outer } }
            mutation M { renameDog(name: "x") { ...isHouseTrainedFragment } }
            fragment outer on Dog { ...isHouseTrainedFragment }
            fragment isHouseTrainedFragment on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            """,
            RuleHarness.Error("Variable \"$atOtherHomes\" is used but not defined by operation \"houseTrainedQueryTwoNotDefined\".", (5, 71), (2, 1)),
            RuleHarness.Error("Variable \"$atOtherHomes\" is used but not defined by operation \"M\".", (5, 71), (3, 1)));
    }

    [Fact]
    public void Fragment_cycles_do_not_repeat_or_hang()
    {
        RuleHarness.ExpectErrors<AllVariableUsesDefined>(
            """
            subscription S { dogBarked { ...A } }
            fragment A on Dog { ...B isHouseTrained(atOtherHomes: $a) }
            fragment B on Dog { ...A name(surname: $b) }
            """,
            RuleHarness.Error("Variable \"$a\" is used but not defined by operation \"S\".", (2, 55), (1, 1)),
            RuleHarness.Error("Variable \"$b\" is used but not defined by operation \"S\".", (3, 40), (1, 1)));
    }

    [Fact]
    public void Variables_of_fragments_no_operation_uses_are_not_reported()
    {
        RuleHarness.ExpectValid<AllVariableUsesDefined>(
            """
            { dog { name } }
            fragment Unused on Dog { isHouseTrained(atOtherHomes: $nowhere) }
            """);
    }
}
