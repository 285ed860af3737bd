using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.6.2 Input Object Field Names: every field of an object literal is defined by its input object type.</summary>
public sealed class InputObjectFieldNamesTests
{
    [Fact]
    public void DefinedFieldsAreValid() => RuleHarness.ExpectValid<InputObjectFieldNames>(
        """
        {
          findDog(searchBy: { name: "Fido", owner: "Ann" }) {
            name
          }
          arguments {
            complexArgField(complexArg: { requiredField: true, nested: { requiredField: false, stringListField: ["a"] } })
          }
        }
        """);

    [Fact]
    public void UnknownFieldIsReported() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """,
        RuleHarness.Error("Field \"favoriteCookieFlavor\" is not defined by input object type \"FindDogInput\".", (2, 23)));

    [Fact]
    public void EachUnknownFieldIsReported() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        {
          findDog(searchBy: { name: "Fido", color: BROWN, age: 3, color: BLACK }) {
            name
          }
        }
        """,
        RuleHarness.Error("Field \"color\" is not defined by input object type \"FindDogInput\".", (2, 37)),
        RuleHarness.Error("Field \"age\" is not defined by input object type \"FindDogInput\". Did you mean \"name\"?", (2, 51)),
        RuleHarness.Error("Field \"color\" is not defined by input object type \"FindDogInput\".", (2, 59)));

    [Fact]
    public void UnknownFieldsInNestedObjectsAndListsAreReported() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, nested: { requiredField: true, deeper: { x: 1 } } })
            oneOfArgField(selector: { byId: 1, byName: "x" })
          }
        }
        """,
        RuleHarness.Error("Field \"deeper\" is not defined by input object type \"ComplexInput\".", (3, 87)),
        RuleHarness.Error("Field \"byName\" is not defined by input object type \"PetSelector\". Did you mean \"catName\" or \"dogName\"?", (4, 40)));

    [Fact]
    public void UnknownFieldsInVariableDefaultsAreReported() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        query ($search: FindDogInput = { nickname: "Rex" }) {
          findDog(searchBy: $search) {
            name
          }
        }
        """,
        RuleHarness.Error("Field \"nickname\" is not defined by input object type \"FindDogInput\". Did you mean \"name\"?", (1, 34)));

    [Fact]
    public void ValuesInsideAnUnknownFieldAreNotChecked() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        {
          findDog(searchBy: { owner: "Ann", pet: { unknownToo: 1 } }) {
            name
          }
        }
        """,
        RuleHarness.Error("Field \"pet\" is not defined by input object type \"FindDogInput\".", (2, 37)));

    [Fact]
    public void ObjectsWhereNoInputObjectIsExpectedAreNotChecked() => RuleHarness.ExpectValid<InputObjectFieldNames>(
        """
        {
          arguments {
            stringArgField(stringArg: { anything: 1 })
            stringListArgField(stringListArg: [{ anything: 1 }])
          }
          dog(unknown: { anything: 1 }) {
            name
          }
        }
        """);

    [Fact]
    public void ListOfObjectsForASingleInputObjectIsNotChecked() => RuleHarness.ExpectValid<InputObjectFieldNames>(
        """
        {
          findDog(searchBy: [{ unknown: 1 }]) {
            name
          }
        }
        """);

    [Fact]
    public void OnlyTheLastOfRepeatedFieldsIsChecked() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, nested: { first: 1 }, nested: { requiredField: true, second: 2 } })
          }
        }
        """,
        RuleHarness.Error("Field \"second\" is not defined by input object type \"ComplexInput\".", (3, 109)));

    [Fact]
    public void FieldsOfOneOfObjectsAreChecked() => RuleHarness.ExpectErrors<InputObjectFieldNames>(
        """
        query {
          findPet(selector: { horseName: "Ed" }) {
            name
          }
        }
        """,
        RuleHarness.Error("Field \"horseName\" is not defined by input object type \"PetSelector\". Did you mean \"dogName\"?", (2, 23)));
}
