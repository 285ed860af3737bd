using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness: no object literal gives a field twice.</summary>
public sealed class InputObjectFieldUniquenessTests
{
    [Fact]
    public void DistinctFieldsAreValid() => RuleHarness.ExpectValid<InputObjectFieldUniqueness>(
        """
        {
          findDog(searchBy: { name: "Fido", owner: "Ann" }) {
            name
          }
        }
        """);

    [Fact]
    public void SameNameInDifferentObjectsIsValid() => RuleHarness.ExpectValid<InputObjectFieldUniqueness>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, nested: { requiredField: false, nested: { requiredField: true } } })
            stringListArgField(stringListArg: [{ a: 1 }, { a: 2 }])
          }
        }
        """);

    [Fact]
    public void RepeatedFieldIsReportedWithTheFirst() => RuleHarness.ExpectErrors<InputObjectFieldUniqueness>(
        """
        {
          findDog(searchBy: { name: "Fido", name: "Rex" }) {
            name
          }
        }
        """,
        RuleHarness.Error("Input field \"name\" is given more than once in the same object.", (2, 23), (2, 37)));

    [Fact]
    public void EachRepetitionIsReportedWithTheFirst() => RuleHarness.ExpectErrors<InputObjectFieldUniqueness>(
        """
        {
          findDog(searchBy: { name: "Fido", owner: "Ann", name: "Rex", owner: "Bob", name: "Max" }) {
            name
          }
        }
        """,
        RuleHarness.Error("Input field \"name\" is given more than once in the same object.", (2, 23), (2, 51)),
        RuleHarness.Error("Input field \"owner\" is given more than once in the same object.", (2, 37), (2, 64)),
        RuleHarness.Error("Input field \"name\" is given more than once in the same object.", (2, 23), (2, 78)));

    [Fact]
    public void RepetitionsInNestedObjectsAreReported() => RuleHarness.ExpectErrors<InputObjectFieldUniqueness>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, nested: { intField: 1, intField: 2, requiredField: true } })
          }
        }
        """,
        RuleHarness.Error("Input field \"intField\" is given more than once in the same object.", (3, 66), (3, 79)));

    [Fact]
    public void RepetitionsAreReportedWhateverTypeIsExpected() => RuleHarness.ExpectErrors<InputObjectFieldUniqueness>(
        """
        query ($search: FindDogInput = { name: "a", name: "b" }) {
          dog(unknown: { x: 1, x: 2 }) @withArgs(required: 1, list: [{ y: 1, y: 2 }]) {
            name
          }
          findDog(searchBy: $search) {
            name
          }
        }
        """,
        RuleHarness.Error("Input field \"name\" is given more than once in the same object.", (1, 34), (1, 45)),
        RuleHarness.Error("Input field \"x\" is given more than once in the same object.", (2, 18), (2, 24)),
        RuleHarness.Error("Input field \"y\" is given more than once in the same object.", (2, 64), (2, 70)));

    [Fact]
    public void RepetitionsInLargeObjectsAreReported() => RuleHarness.ExpectErrors<InputObjectFieldUniqueness>(
        """
        {
          dog(unknown: { f1: 1, f2: 2, f3: 3, f4: 4, f5: 5, f6: 6, f7: 7, f8: 8, f9: 9, f10: 10, f11: 11, f12: 12, f2: 13, f13: 14, f2: 15 }) {
            name
          }
        }
        """,
        RuleHarness.Error("Input field \"f2\" is given more than once in the same object.", (2, 25), (2, 108)),
        RuleHarness.Error("Input field \"f2\" is given more than once in the same object.", (2, 25), (2, 125)));
}
