using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.6.4 Input Object Required Fields: object literals give every required field, not as null.</summary>
public sealed class InputObjectRequiredFieldsTests
{
    /// <summary>A custom scalar, and a list of input objects with required fields.</summary>
    private static readonly Lazy<Schema> CustomSchema = new(() => SchemaBuilder.Build(
        """
        scalar Json

        input Point {
          x: Int!
          y: Int! = 0
          label: String
        }

        type Query {
          echo(value: Json, values: [Json!]): Json
          path(points: [Point!]!): Int
        }
        """));

    [Fact]
    public void RequiredFieldsGivenAndOptionalFieldsLeftOutAreValid() => RuleHarness.ExpectValid<InputObjectRequiredFields>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true })
          }
          findDog(searchBy: {}) {
            name
          }
        }
        """);

    [Fact]
    public void RequiredFieldMayBeAVariable() => RuleHarness.ExpectValid<InputObjectRequiredFields>(
        """
        query ($flag: Boolean) {
          arguments {
            complexArgField(complexArg: { requiredField: $flag })
          }
        }
        """);

    [Fact]
    public void MissingRequiredFieldIsReportedAtTheObject() => RuleHarness.ExpectErrors<InputObjectRequiredFields>(
        """
        {
          arguments {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        RuleHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" is not given.", (3, 33)));

    [Fact]
    public void MissingRequiredFieldsInNestedObjectsAndDefaultsAreReported() => RuleHarness.ExpectErrors<InputObjectRequiredFields>(
        """
        query ($default: ComplexInput = { nested: {} }) {
          arguments {
            complexArgField(complexArg: { requiredField: true, nested: { stringField: "x", nested: { requiredField: true } } })
          }
        }
        """,
        RuleHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" is not given.", (1, 33)),
        RuleHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" is not given.", (1, 43)),
        RuleHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" is not given.", (3, 64)));

    [Fact]
    public void NullForRequiredFieldIsReported() => RuleHarness.ExpectErrors<InputObjectRequiredFields>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: null })
          }
        }
        """,
        RuleHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" cannot be null.", (3, 50)));

    [Fact]
    public void NullForNonNullFieldWithDefaultIsNotThisRulesError() => RuleHarness.ExpectValid<InputObjectRequiredFields>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, nonNullField: null })
          }
        }
        """);

    [Fact]
    public void OnlyTheLastOfRepeatedFieldsCounts() => RuleHarness.ExpectErrors<InputObjectRequiredFields>(
        """
        {
          arguments {
            a: complexArgField(complexArg: { requiredField: null, requiredField: true })
            b: complexArgField(complexArg: { requiredField: true, requiredField: null })
          }
        }
        """,
        RuleHarness.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" cannot be null.", (4, 74)));

    [Fact]
    public void ObjectsInUnknownPlacesAreNotChecked() => RuleHarness.ExpectValid<InputObjectRequiredFields>(
        """
        {
          dog(unknown: { nested: {} }) {
            name
          }
          arguments {
            complexArgField(complexArg: { requiredField: true, unknown: { nested: {} } })
          }
        }
        """);

    [Fact]
    public void EachObjectOfAListIsChecked() => RuleHarness.ExpectErrors<InputObjectRequiredFields>(
        CustomSchema.Value,
        """
        {
          path(points: [{ x: 1 }, { y: 2 }, { x: null, label: "a" }, {}])
        }
        """,
        RuleHarness.Error("Field \"Point.x\" of required type \"Int!\" is not given.", (2, 27)),
        RuleHarness.Error("Field \"Point.x\" of required type \"Int!\" cannot be null.", (2, 42)),
        RuleHarness.Error("Field \"Point.x\" of required type \"Int!\" is not given.", (2, 62)));
}
