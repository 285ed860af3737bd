using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.6.1 Values of Correct Type: literals against the type expected where they are written.</summary>
public sealed class ValuesOfCorrectTypeTests
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
    public void BuiltInScalarsAcceptTheirLiterals() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """"
        {
          arguments {
            intArgField(intArg: 2)
            nonNullIntArgField(nonNullIntArg: -2147483648)
            multipleReqs(req1: 2147483647, req2: -0)
            floatArgField(floatArg: 1.5e3)
            idArgField(idArg: "x")
            stringArgField(stringArg: """block""")
            booleanArgField(booleanArg: false)
            enumArgField(enumArg: NO_FUR)
          }
        }
        """");

    [Fact]
    public void FloatAcceptsIntegersAndIdAcceptsIntegers() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """
        {
          arguments {
            floatArgField(floatArg: 123)
            idArgField(idArg: 123456789012345678901234567890)
          }
        }
        """);

    [Fact]
    public void NullIsAcceptedWhereTheTypeIsNullable() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """
        {
          arguments {
            intArgField(intArg: null)
            stringListArgField(stringListArg: [null, "a"])
            complexArgField(complexArg: { requiredField: true, intField: null })
          }
        }
        """);

    [Fact]
    public void SingleValueIsAcceptedForAList() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """
        {
          arguments {
            stringListArgField(stringListArg: "one")
            stringListNonNullArgField(stringListNonNullArg: "one")
          }
          booleanList(booleanListArg: true)
        }
        """);

    [Fact]
    public void VariablesAreLeftToOtherRules() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """
        query ($int: Int, $text: String) {
          arguments {
            nonNullIntArgField(nonNullIntArg: $text)
            stringListNonNullArgField(stringListNonNullArg: [$int, "a"])
            complexArgField(complexArg: { requiredField: $int, intField: $text })
          }
        }
        """);

    [Fact]
    public void UnknownArgumentsAndDirectivesAreNotChecked() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """
        {
          dog(unknown: "x") @unknown(arg: 1) {
            name(unknownArg: "yes", other: 5)
          }
        }
        """);

    [Fact]
    public void IntRejectsOtherLiterals() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            a: intArgField(intArg: "3")
            b: intArgField(intArg: 3.0)
            c: intArgField(intArg: 1e3)
            d: intArgField(intArg: true)
            e: intArgField(intArg: THREE)
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Int\", found \"3\"; Int takes an integer literal.", (3, 28)),
        RuleHarness.Error("Expected a value of type \"Int\", found 3.0; Int takes an integer literal.", (4, 28)),
        RuleHarness.Error("Expected a value of type \"Int\", found 1e3; Int takes an integer literal.", (5, 28)),
        RuleHarness.Error("Expected a value of type \"Int\", found true; Int takes an integer literal.", (6, 28)),
        RuleHarness.Error("Expected a value of type \"Int\", found THREE; Int takes an integer literal.", (7, 28)));

    [Fact]
    public void IntRejectsValuesOutside32Bits() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            a: intArgField(intArg: 2147483648)
            b: intArgField(intArg: -2147483649)
            c: intArgField(intArg: 99999999999999999999)
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Int\", found 2147483648; Int takes a 32-bit signed integer, from -2147483648 to 2147483647.", (3, 28)),
        RuleHarness.Error("Expected a value of type \"Int\", found -2147483649; Int takes a 32-bit signed integer, from -2147483648 to 2147483647.", (4, 28)),
        RuleHarness.Error("Expected a value of type \"Int\", found 99999999999999999999; Int takes a 32-bit signed integer, from -2147483648 to 2147483647.", (5, 28)));

    [Fact]
    public void OtherBuiltInScalarsRejectWrongLiterals() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            floatArgField(floatArg: "1.5")
            stringArgField(stringArg: 15)
            booleanArgField(booleanArg: "true")
            idArgField(idArg: 1.5)
          }
          human(id: true) {
            name
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Float\", found \"1.5\"; Float takes an integer or float literal.", (3, 29)),
        RuleHarness.Error("Expected a value of type \"String\", found 15; String takes a string literal.", (4, 31)),
        RuleHarness.Error("Expected a value of type \"Boolean\", found \"true\"; Boolean takes true or false.", (5, 33)),
        RuleHarness.Error("Expected a value of type \"ID\", found 1.5; ID takes a string or integer literal.", (6, 23)),
        RuleHarness.Error("Expected a value of type \"ID\", found true; ID takes a string or integer literal.", (8, 13)));

    [Fact]
    public void EnumRejectsStringsNumbersAndUnknownValues() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            a: enumArgField(enumArg: "BROWN")
            b: enumArgField(enumArg: brown)
            c: enumArgField(enumArg: PURPLE)
            d: enumArgField(enumArg: 1)
          }
          dog {
            doesKnowCommand(dogCommand: JUMP)
          }
        }
        """,
        RuleHarness.Error("Expected a value of enum type \"FurColor\", found \"BROWN\". Enum values are written without quotes: BROWN.", (3, 30)),
        RuleHarness.Error("Enum \"FurColor\" has no value named \"brown\". Did you mean \"BROWN\"?", (4, 30)),
        RuleHarness.Error("Enum \"FurColor\" has no value named \"PURPLE\".", (5, 30)),
        RuleHarness.Error("Expected a value of enum type \"FurColor\", found 1.", (6, 30)),
        RuleHarness.Error("Enum \"DogCommand\" has no value named \"JUMP\".", (9, 33)));

    [Fact]
    public void NullIsRejectedForNonNullArgumentsAndListItems() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            nonNullIntArgField(nonNullIntArg: null)
            stringListNonNullArgField(stringListNonNullArg: ["a", null, "b"])
          }
          booleanList(booleanListArg: [null])
        }
        """,
        RuleHarness.Error("Expected a value of non-null type \"Int!\", found null.", (3, 39)),
        RuleHarness.Error("Expected a value of non-null type \"String!\", found null.", (4, 59)),
        RuleHarness.Error("Expected a value of non-null type \"Boolean!\", found null.", (6, 32)));

    [Fact]
    public void NullIsRejectedForNonNullInputFieldWithDefault() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, nonNullField: null })
          }
        }
        """,
        RuleHarness.Error("Expected a value of non-null type \"Boolean!\", found null.", (3, 70)));

    [Fact]
    public void EachBadListItemIsReported() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            stringListArgField(stringListArg: ["a", 1, B, ["c"]])
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"String\", found 1; String takes a string literal.", (3, 45)),
        RuleHarness.Error("Expected a value of type \"String\", found B; String takes a string literal.", (3, 48)),
        RuleHarness.Error("Expected a value of type \"String\", found a list; String takes a string literal.", (3, 51)));

    [Fact]
    public void ObjectIsRequiredForInputObjectTypes() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            a: complexArgField(complexArg: "requiredField")
            b: complexArgField(complexArg: [{ requiredField: true }, { intField: "x" }])
          }
          findDog(searchBy: FIDO) {
            name
          }
        }
        """,
        RuleHarness.Error("Expected a value of input object type \"ComplexInput\", found \"requiredField\".", (3, 36)),
        RuleHarness.Error("Expected a value of input object type \"ComplexInput\", found a list.", (4, 36)),
        RuleHarness.Error("Expected a value of input object type \"FindDogInput\", found FIDO.", (6, 21)));

    [Fact]
    public void NestedInputFieldValuesAreChecked() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            complexArgField(complexArg: {
              requiredField: "yes"
              stringListField: ["a", 2]
              nested: { requiredField: true, intField: 1.5, nested: { requiredField: false, booleanField: 0 } }
            })
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Boolean\", found \"yes\"; Boolean takes true or false.", (4, 22)),
        RuleHarness.Error("Expected a value of type \"String\", found 2; String takes a string literal.", (5, 30)),
        RuleHarness.Error("Expected a value of type \"Int\", found 1.5; Int takes an integer literal.", (6, 48)),
        RuleHarness.Error("Expected a value of type \"Boolean\", found 0; Boolean takes true or false.", (6, 99)));

    [Fact]
    public void OnlyTheLastOfRepeatedInputFieldsIsChecked() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            a: complexArgField(complexArg: { requiredField: "x", requiredField: true })
            b: complexArgField(complexArg: { requiredField: true, requiredField: "x" })
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Boolean\", found \"x\"; Boolean takes true or false.", (4, 74)));

    [Fact]
    public void ValuesOfUnknownInputFieldsAreNotChecked() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        """
        {
          arguments {
            complexArgField(complexArg: { requiredField: true, unknownField: { intField: "x" } })
          }
        }
        """);

    [Fact]
    public void OneOfInputObjectTakesExactlyOneNonNullField() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            valid: oneOfArgField(selector: { catName: "Tom" })
            none: oneOfArgField(selector: {})
            two: oneOfArgField(selector: { dogName: "Rex", catName: "Tom" })
            nullValue: oneOfArgField(selector: { dogName: null })
            repeated: oneOfArgField(selector: { dogName: "Rex", dogName: "Max" })
          }
        }
        """,
        RuleHarness.Error("OneOf input object \"PetSelector\" takes exactly one field with a non-null value, but none is given.", (4, 35)),
        RuleHarness.Error("OneOf input object \"PetSelector\" takes exactly one field with a non-null value, but 2 are given.", (5, 34)),
        RuleHarness.Error("OneOf input object \"PetSelector\" takes exactly one field with a non-null value, but field \"dogName\" is null.", (6, 40)),
        RuleHarness.Error("OneOf input object \"PetSelector\" takes exactly one field with a non-null value, but 2 are given.", (7, 39)));

    [Fact]
    public void OneOfInputObjectCountsOnlyDefinedFields() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            a: oneOfArgField(selector: { dogName: "Rex", color: BROWN })
            b: oneOfArgField(selector: { color: BROWN })
          }
          findPet(selector: { byId: 1.5 }) {
            name
          }
        }
        """,
        RuleHarness.Error("OneOf input object \"PetSelector\" takes exactly one field with a non-null value, but none is given.", (4, 32)),
        RuleHarness.Error("Expected a value of type \"ID\", found 1.5; ID takes a string or integer literal.", (6, 29)));

    [Fact]
    public void OneOfInputObjectAcceptsOneVariable() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        query ($name: String!) {
          findPet(selector: { dogName: $name }) {
            name
          }
          arguments {
            oneOfArgField(selector: { dogName: $name, catName: $name })
          }
        }
        """,
        RuleHarness.Error("OneOf input object \"PetSelector\" takes exactly one field with a non-null value, but 2 are given.", (6, 29)));

    [Fact]
    public void VariableDefaultValuesAreChecked() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        query ($a: Int = "one", $b: [String] = [1], $c: FurColor = BLUE, $d: Boolean! = null, $e: ComplexInput = { requiredField: 1 }) {
          dog {
            name
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Int\", found \"one\"; Int takes an integer literal.", (1, 18)),
        RuleHarness.Error("Expected a value of type \"String\", found 1; String takes a string literal.", (1, 41)),
        RuleHarness.Error("Enum \"FurColor\" has no value named \"BLUE\".", (1, 60)),
        RuleHarness.Error("Expected a value of non-null type \"Boolean!\", found null.", (1, 81)),
        RuleHarness.Error("Expected a value of type \"Boolean\", found 1; Boolean takes true or false.", (1, 123)));

    [Fact]
    public void DirectiveArgumentsAreChecked() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        query @withArgs(required: 1.5, list: [1, "2"]) {
          dog @include(if: "yes") @skip(if: null) {
            name
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Int\", found 1.5; Int takes an integer literal.", (1, 27)),
        RuleHarness.Error("Expected a value of type \"Int\", found \"2\"; Int takes an integer literal.", (1, 42)),
        RuleHarness.Error("Expected a value of type \"Boolean\", found \"yes\"; Boolean takes true or false.", (2, 20)),
        RuleHarness.Error("Expected a value of non-null type \"Boolean!\", found null.", (2, 37)));

    [Fact]
    public void MutationAndSubscriptionArgumentsAreChecked() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        mutation {
          mutateDog(command: "SIT") {
            ok
          }
          renameDog(name: null) {
            name
          }
        }

        subscription {
          dogBarked {
            isAtLocation(x: 1, y: "2")
          }
        }
        """,
        RuleHarness.Error("Expected a value of enum type \"DogCommand\", found \"SIT\". Enum values are written without quotes: SIT.", (2, 22)),
        RuleHarness.Error("Expected a value of non-null type \"String!\", found null.", (5, 19)),
        RuleHarness.Error("Expected a value of type \"Int\", found \"2\"; Int takes an integer literal.", (12, 27)));

    [Fact]
    public void ValuesInFragmentsAreChecked() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          dog {
            ...commands
          }
        }

        fragment commands on Dog {
          doesKnowCommand(dogCommand: 1)
          ... on Dog {
            isHouseTrained(atOtherHomes: "no")
          }
          ... {
            isAtLocation(x: 1.1)
          }
        }
        """,
        RuleHarness.Error("Expected a value of enum type \"DogCommand\", found 1.", (8, 31)),
        RuleHarness.Error("Expected a value of type \"Boolean\", found \"no\"; Boolean takes true or false.", (10, 34)),
        RuleHarness.Error("Expected a value of type \"Int\", found 1.1; Int takes an integer literal.", (13, 21)));

    [Fact]
    public void StringsAreQuotedWithEscapesInMessages() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            intArgField(intArg: "say \"hi\"\n\tto \\ me")
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Int\", found \"say \\\"hi\\\"\\n\\tto \\\\ me\"; Int takes an integer literal.", (3, 25)));

    [Fact]
    public void LongStringsAreShortenedInMessages() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        """
        {
          arguments {
            intArgField(intArg: "a very long string that goes on and on, far longer than any message should quote in full")
          }
        }
        """,
        RuleHarness.Error("Expected a value of type \"Int\", found \"a very long string that goes on and on, far longer than any ...\"; Int takes an integer literal.", (3, 25)));

    [Fact]
    public void CustomScalarsAcceptAnyLiteral() => RuleHarness.ExpectValid<ValuesOfCorrectType>(
        CustomSchema.Value,
        """
        query ($v: Json) {
          echo(value: { a: [1, "b", C, null, $v] }, values: [1.5, true, "x", [1], {}])
        }
        """);

    [Fact]
    public void CustomScalarsInNonNullPlacesStillRejectNull() => RuleHarness.ExpectErrors<ValuesOfCorrectType>(
        CustomSchema.Value,
        """
        {
          echo(values: [1, null])
        }
        """,
        RuleHarness.Error("Expected a value of non-null type \"Json!\", found null.", (2, 20)));
}
