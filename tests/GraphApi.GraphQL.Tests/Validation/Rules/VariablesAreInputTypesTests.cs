using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

public class VariablesAreInputTypesTests
{
    private const string Hint = "variables must be of an input type (scalar, enum or input object).";

    [Fact]
    public void Scalars_enums_input_objects_and_their_wrappers_are_valid()
    {
        RuleHarness.ExpectValid<VariablesAreInputTypes>(
            """
            query takesBoolean($atOtherHomes: Boolean, $id: ID!, $color: FurColor) { dog { name } }
            query takesComplexInput($search: FindDogInput, $complex: [ComplexInput!]!) { dog { name } }
            query TakesListOfBooleanBang($booleans: [Boolean!], $nested: [[PetSelector]!]) { dog { name } }
            """);
    }

    [Fact]
    public void Unknown_types_are_left_to_the_type_existence_rule()
    {
        RuleHarness.ExpectValid<VariablesAreInputTypes>(
            """
            query ($a: Nope, $b: [Unknown!]) { dog { name } }
            """);
    }

    [Fact]
    public void Object_interface_and_union_types_are_reported_at_the_type()
    {
        RuleHarness.ExpectErrors<VariablesAreInputTypes>(
            """
            query takesCat($cat: Cat) { dog { name } }
            query takesListOfPet($pets: [Pet]) { dog { name } }
            query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
            """,
            RuleHarness.Error($"Variable \"$cat\" cannot have type \"Cat\": {Hint}", (1, 22)),
            RuleHarness.Error($"Variable \"$pets\" cannot have type \"[Pet]\": {Hint}", (2, 29)),
            RuleHarness.Error($"Variable \"$catOrDog\" cannot have type \"CatOrDog\": {Hint}", (3, 32)));
    }

    [Fact]
    public void The_message_shows_the_type_with_its_wrappers()
    {
        RuleHarness.ExpectErrors<VariablesAreInputTypes>(
            """
            query takesDogBang($dog: Dog!, $ok: Int, $humans: [[Human]!]) { dog { name } }
            """,
            RuleHarness.Error($"Variable \"$dog\" cannot have type \"Dog!\": {Hint}", (1, 26)),
            RuleHarness.Error($"Variable \"$humans\" cannot have type \"[[Human]!]\": {Hint}", (1, 51)));
    }

    [Fact]
    public void Variables_of_mutations_and_subscriptions_are_checked()
    {
        RuleHarness.ExpectErrors<VariablesAreInputTypes>(
            """
            mutation M($result: MutationResult) { renameDog(name: "x") { name } }
            subscription S($q: Query!) { newMessage }
            """,
            RuleHarness.Error($"Variable \"$result\" cannot have type \"MutationResult\": {Hint}", (1, 21)),
            RuleHarness.Error($"Variable \"$q\" cannot have type \"Query!\": {Hint}", (2, 20)));
    }
}
