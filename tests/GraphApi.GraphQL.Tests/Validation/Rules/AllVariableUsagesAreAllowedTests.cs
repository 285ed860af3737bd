using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.8.5 All Variable Usages Are Allowed: variable types fit the places they are used in.</summary>
public sealed class AllVariableUsagesAreAllowedTests
{
    [Fact]
    public void VariablesOfTheExpectedTypeAreAllowed() => RuleHarness.ExpectValid<AllVariableUsagesAreAllowed>(
        """
        query ($int: Int, $bool: Boolean!, $strings: [String], $color: FurColor, $input: ComplexInput) {
          arguments {
            intArgField(intArg: $int)
            booleanArgField(booleanArg: $bool)
            stringListArgField(stringListArg: $strings)
            enumArgField(enumArg: $color)
            complexArgField(complexArg: $input)
          }
        }
        """);

    [Fact]
    public void NonNullVariablesFitNullablePlaces() => RuleHarness.ExpectValid<AllVariableUsagesAreAllowed>(
        """
        query ($int: Int!, $strings: [String!]!, $item: String!) {
          arguments {
            intArgField(intArg: $int)
            stringListArgField(stringListArg: $strings)
            a: stringListNonNullArgField(stringListNonNullArg: $strings)
            b: stringListNonNullArgField(stringListNonNullArg: [$item])
          }
        }
        """);

    [Fact]
    public void TypeMismatchIsReported() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        RuleHarness.Error("Variable \"$intArg\" of type \"Int\" cannot be used where type \"Boolean\" is expected.", (1, 30), (3, 33)));

    [Fact]
    public void ListAndItemMismatchesAreReported() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($booleans: [Boolean], $text: String, $texts: [[String]]) {
          arguments {
            booleanArgField(booleanArg: $booleans)
            a: stringListArgField(stringListArg: $text)
            b: stringListArgField(stringListArg: $texts)
          }
        }
        """,
        RuleHarness.Error("Variable \"$booleans\" of type \"[Boolean]\" cannot be used where type \"Boolean\" is expected.", (1, 8), (3, 33)),
        RuleHarness.Error("Variable \"$text\" of type \"String\" cannot be used where type \"[String]\" is expected.", (1, 30), (4, 42)),
        RuleHarness.Error("Variable \"$texts\" of type \"[[String]]\" cannot be used where type \"[String]\" is expected.", (1, 45), (5, 42)));

    [Fact]
    public void NullableVariableInNonNullPlaceIsReported() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($int: Int, $strings: [String], $item: String) {
          arguments {
            nonNullIntArgField(nonNullIntArg: $int)
            a: stringListNonNullArgField(stringListNonNullArg: $strings)
            b: stringListNonNullArgField(stringListNonNullArg: ["a", $item])
          }
        }
        """,
        RuleHarness.Error("Variable \"$int\" of type \"Int\" cannot be used where type \"Int!\" is expected.", (1, 8), (3, 39)),
        RuleHarness.Error("Variable \"$strings\" of type \"[String]\" cannot be used where type \"[String!]\" is expected.", (1, 19), (4, 56)),
        RuleHarness.Error("Variable \"$item\" of type \"String\" cannot be used where type \"String!\" is expected.", (1, 39), (5, 62)));

    [Fact]
    public void NullableVariableInNonNullInputFieldIsReported() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($flag: Boolean, $other: Boolean) {
          arguments {
            complexArgField(complexArg: { requiredField: $flag, nonNullField: $other })
          }
        }
        """,
        RuleHarness.Error("Variable \"$flag\" of type \"Boolean\" cannot be used where type \"Boolean!\" is expected.", (1, 8), (3, 50)));

    [Fact]
    public void DefaultValuesAllowNullableVariablesInNonNullPlaces() => RuleHarness.ExpectValid<AllVariableUsagesAreAllowed>(
        """
        query ($int: Int = 3, $flag: Boolean) {
          arguments {
            nonNullIntArgField(nonNullIntArg: $int)
            nonNullFieldWithDefault(arg: $int)
            complexArgField(complexArg: { requiredField: true, nonNullField: $flag })
          }
        }
        """);

    [Fact]
    public void NullDefaultDoesNotMakeAVariableNonNull() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($int: Int = null) {
          arguments {
            nonNullIntArgField(nonNullIntArg: $int)
          }
        }
        """,
        RuleHarness.Error("Variable \"$int\" of type \"Int\" cannot be used where type \"Int!\" is expected.", (1, 8), (3, 39)));

    [Fact]
    public void DefaultValueDoesNotFixTheNamedType() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($text: String = "x", $list: [Int] = [1]) {
          arguments {
            nonNullIntArgField(nonNullIntArg: $text)
            nonNullFieldWithDefault(arg: $list)
          }
        }
        """,
        RuleHarness.Error("Variable \"$text\" of type \"String\" cannot be used where type \"Int!\" is expected.", (1, 8), (3, 39)),
        RuleHarness.Error("Variable \"$list\" of type \"[Int]\" cannot be used where type \"Int!\" is expected.", (1, 29), (4, 34)));

    [Fact]
    public void DirectiveArgumentsAreChecked() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($flag: Boolean, $count: Int) @withArgs(required: $count, list: [$count]) {
          dog @include(if: $flag) {
            name
          }
        }
        """,
        RuleHarness.Error("Variable \"$count\" of type \"Int\" cannot be used where type \"Int!\" is expected.", (1, 24), (1, 57)),
        RuleHarness.Error("Variable \"$count\" of type \"Int\" cannot be used where type \"Int!\" is expected.", (1, 24), (1, 72)),
        RuleHarness.Error("Variable \"$flag\" of type \"Boolean\" cannot be used where type \"Boolean!\" is expected.", (1, 8), (2, 20)));

    [Fact]
    public void UsagesInFragmentsAreCheckedForEachOperation() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query fine($surname: Boolean) {
          dog {
            ...names
          }
        }

        query wrong($surname: String) {
          dog {
            ...names
          }
        }

        fragment names on Dog {
          ...deeper
        }

        fragment deeper on Dog {
          name(surname: $surname)
        }
        """,
        RuleHarness.Error("Variable \"$surname\" of type \"String\" cannot be used where type \"Boolean\" is expected.", (7, 13), (18, 17)));

    [Fact]
    public void MutationAndSubscriptionVariablesAreChecked() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        mutation ($command: DogCommand) {
          mutateDog(command: $command) {
            ok
          }
        }

        subscription ($command: String!) {
          dogBarked {
            doesKnowCommand(dogCommand: $command)
          }
        }
        """,
        RuleHarness.Error("Variable \"$command\" of type \"DogCommand\" cannot be used where type \"DogCommand!\" is expected.", (1, 11), (2, 22)),
        RuleHarness.Error("Variable \"$command\" of type \"String!\" cannot be used where type \"DogCommand!\" is expected.", (7, 15), (9, 33)));

    [Fact]
    public void OneOfFieldsNeedNonNullVariables() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($cat: String!, $dog: String, $id: ID = "1") {
          a: arguments {
            oneOfArgField(selector: { catName: $cat })
          }
          b: arguments {
            oneOfArgField(selector: { dogName: $dog })
          }
          c: arguments {
            oneOfArgField(selector: { byId: $id })
          }
        }
        """,
        RuleHarness.Error("Variable \"$dog\" of nullable type \"String\" cannot be used for a field of OneOf input object \"PetSelector\"; declare it non-null.", (1, 23), (6, 40)),
        RuleHarness.Error("Variable \"$id\" of nullable type \"ID\" cannot be used for a field of OneOf input object \"PetSelector\"; declare it non-null.", (1, 37), (9, 37)));

    [Fact]
    public void OneOfObjectInNonNullArgumentIsNotSeenAsOneOf() => RuleHarness.ExpectValid<AllVariableUsagesAreAllowed>(
        """
        query ($id: ID) {
          findPet(selector: { byId: $id }) {
            name
          }
        }
        """);

    [Fact]
    public void OneOfFieldWithWrongTypeIsReportedTwice() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($count: Int) {
          arguments {
            oneOfArgField(selector: { dogName: $count })
          }
        }
        """,
        RuleHarness.Error("Variable \"$count\" of type \"Int\" cannot be used where type \"String\" is expected.", (1, 8), (3, 40)),
        RuleHarness.Error("Variable \"$count\" of nullable type \"Int\" cannot be used for a field of OneOf input object \"PetSelector\"; declare it non-null.", (1, 8), (3, 40)));

    [Fact]
    public void TheLastDefinitionOfARepeatedVariableCounts() => RuleHarness.ExpectErrors<AllVariableUsagesAreAllowed>(
        """
        query ($value: Boolean, $value: Int) {
          arguments {
            booleanArgField(booleanArg: $value)
          }
        }
        """,
        RuleHarness.Error("Variable \"$value\" of type \"Int\" cannot be used where type \"Boolean\" is expected.", (1, 25), (3, 33)));

    [Fact]
    public void UndefinedVariablesAndUnknownTypesAreLeftToOtherRules() => RuleHarness.ExpectValid<AllVariableUsagesAreAllowed>(
        """
        query ($unknown: Mystery) {
          arguments {
            booleanArgField(booleanArg: $unknown)
            intArgField(intArg: $undefined)
          }
        }
        """);

    [Fact]
    public void VariablesInUnknownPlacesAreNotChecked() => RuleHarness.ExpectValid<AllVariableUsagesAreAllowed>(
        """
        query ($flag: Boolean, $count: Int) {
          dog(unknown: $flag) {
            name(surname: [$count])
          }
          arguments {
            complexArgField(complexArg: { requiredField: true, extra: $count })
          }
        }
        """);
}
