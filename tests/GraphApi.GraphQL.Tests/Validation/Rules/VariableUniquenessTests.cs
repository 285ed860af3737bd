using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class VariableUniquenessTests
{
    [Fact]
    public void Distinct_variable_names_are_valid()
    {
        RuleHarness.ExpectValid<VariableUniqueness>(
            """
            query Q($a: Int, $b: Int, $c: String) { dog { name } }
            """);
    }

    [Fact]
    public void Operations_may_define_the_same_variable_for_a_shared_fragment()
    {
        RuleHarness.ExpectValid<VariableUniqueness>(
            """
            query A($atOtherHomes: Boolean) { ...HouseTrainedFragment }
            query B($atOtherHomes: Boolean) { ...HouseTrainedFragment }
            fragment HouseTrainedFragment on Query { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }
            """);
    }

    [Fact]
    public void Repeated_variable_is_reported_once_at_every_definition()
    {
        RuleHarness.ExpectErrors<VariableUniqueness>(
            """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog { isHouseTrained(atOtherHomes: $atOtherHomes) }
            }
            """,
            RuleHarness.Error("Variable \"$atOtherHomes\" is defined more than once in operation \"houseTrainedQuery\".", (1, 26), (1, 50)));
    }

    [Fact]
    public void Repetition_counts_even_with_different_types()
    {
        RuleHarness.ExpectErrors<VariableUniqueness>(
            """
            query ($a: Int, $b: Int, $a: String, $a: Int!) { dog { name } }
            """,
            RuleHarness.Error("Variable \"$a\" is defined more than once in the operation.", (1, 9), (1, 27), (1, 39)));
    }

    [Fact]
    public void Several_repeated_names_are_reported_in_order_of_first_appearance()
    {
        RuleHarness.ExpectErrors<VariableUniqueness>(
            """
            mutation M($x: Int, $y: Int, $y: Int, $x: Int) { renameDog(name: "x") { name } }
            subscription S($z: Int, $z: Int) { newMessage }
            """,
            RuleHarness.Error("Variable \"$x\" is defined more than once in operation \"M\".", (1, 13), (1, 40)),
            RuleHarness.Error("Variable \"$y\" is defined more than once in operation \"M\".", (1, 22), (1, 31)),
            RuleHarness.Error("Variable \"$z\" is defined more than once in operation \"S\".", (2, 17), (2, 26)));
    }
}
