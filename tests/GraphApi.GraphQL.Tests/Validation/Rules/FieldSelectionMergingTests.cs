using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;
using GraphApi.GraphQL.Validation.Rules;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

/// <summary>Spec §5.3.2 Field Selection Merging: fields of one response name can be merged.</summary>
public sealed class FieldSelectionMergingTests
{
    /// <summary>The hostile documents below have more tokens than requests may have by default.</summary>
    private static readonly ParserOptions LargeDocuments = new() { MaxTokens = 100_000 };

    [Fact]
    public void UniqueFieldsAreValid() => RuleHarness.ExpectValid<FieldSelectionMerging>(
        """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void IdenticalFieldsAndAliasesAreValid() => RuleHarness.ExpectValid<FieldSelectionMerging>(
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
          otherName: name
          otherName: name
          __typename
          __typename
        }
        """);

    [Fact]
    public void IdenticalArgumentsAreValid() => RuleHarness.ExpectValid<FieldSelectionMerging>(
        """
        query ($command: DogCommand!) {
          dog {
            doesKnowCommand(dogCommand: SIT)
            doesKnowCommand(dogCommand: SIT)
            knows: doesKnowCommand(dogCommand: $command)
            knows: doesKnowCommand(dogCommand: $command)
            isAtLocation(x: 1, y: 2)
            isAtLocation(y: 2, x: 1)
          }
          findDog(searchBy: { name: "Rex", owner: "Ann" }) {
            name
          }
          findDog(searchBy: { owner: "Ann", name: "Rex" }) {
            name
          }
        }
        """);

    [Fact]
    public void DifferentFieldsOnExclusiveObjectTypesAreValid() => RuleHarness.ExpectValid<FieldSelectionMerging>(
        """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            volume: meowVolume
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void AliasOfAnotherFieldConflicts() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"nickname\" and \"name\". Give them different aliases to fetch both.", (2, 3), (3, 3)));

    [Fact]
    public void DifferentArgumentsConflict() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        query ($dogCommand: DogCommand!, $other: DogCommand!) {
          dog {
            a: doesKnowCommand(dogCommand: SIT)
            a: doesKnowCommand(dogCommand: HEEL)
            b: doesKnowCommand(dogCommand: SIT)
            b: doesKnowCommand(dogCommand: $dogCommand)
            c: doesKnowCommand(dogCommand: $dogCommand)
            c: doesKnowCommand(dogCommand: $other)
            d: isHouseTrained(atOtherHomes: true)
            d: isHouseTrained
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"a\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (3, 5), (4, 5)),
        RuleHarness.Error("Fields with response name \"b\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (5, 5), (6, 5)),
        RuleHarness.Error("Fields with response name \"c\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (7, 5), (8, 5)),
        RuleHarness.Error("Fields with response name \"d\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (9, 5), (10, 5)));

    [Fact]
    public void ValuesWrittenDifferentlyAreDifferentArguments() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """"
        {
          arguments {
            floatArgField(floatArg: 1.0)
            floatArgField(floatArg: 1.00)
            stringArgField(stringArg: "a")
            stringArgField(stringArg: """a""")
          }
        }
        """",
        RuleHarness.Error("Fields with response name \"floatArgField\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (3, 5), (4, 5)),
        RuleHarness.Error("Fields with response name \"stringArgField\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (5, 5), (6, 5)));

    [Fact]
    public void DifferentLeafTypesConflictEvenOnExclusiveTypes() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"someValue\" cannot be merged: their types \"String\" and \"Int\" do not have the same shape. Give them different aliases to fetch both.", (3, 5), (6, 5)));

    [Fact]
    public void ListAndNullabilityDifferencesConflict() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dogOrHuman {
            ... on Dog {
              x: id
              y: mother {
                name
              }
            }
            ... on Human {
              x: name
              y: relatives {
                name
              }
            }
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"x\" cannot be merged: their types \"ID!\" and \"String\" do not have the same shape. Give them different aliases to fetch both.", (4, 7), (10, 7)),
        RuleHarness.Error("Fields with response name \"y\" cannot be merged: their types \"Dog\" and \"[Human!]\" do not have the same shape. Give them different aliases to fetch both.", (5, 7), (11, 7)));

    [Fact]
    public void InterfaceFieldsAreNotExclusive() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          pet {
            name
            ... on Cat {
              name: nickname
            }
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"name\" and \"nickname\". Give them different aliases to fetch both.", (3, 5), (5, 7)));

    [Fact]
    public void ConflictThroughFragmentSpreads() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ...nameFragment
            name: nickname
          }
        }

        fragment nameFragment on Dog {
          name
        }
        """,
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"nickname\" and \"name\". Give them different aliases to fetch both.", (4, 5), (9, 3)));

    [Fact]
    public void ConflictBetweenTwoFragments() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ...A
            ...B
          }
        }

        fragment A on Dog {
          x: name
        }

        fragment B on Dog {
          x: nickname
        }
        """,
        RuleHarness.Error("Fields with response name \"x\" cannot be merged: they select different fields, \"name\" and \"nickname\". Give them different aliases to fetch both.", (9, 3), (13, 3)));

    [Fact]
    public void ConflictThroughNestedFragments() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ...outer
            x: barkVolume
          }
        }

        fragment outer on Dog {
          ...inner
        }

        fragment inner on Dog {
          x: name
        }
        """,
        RuleHarness.Error("Fields with response name \"x\" cannot be merged: they select different fields, \"barkVolume\" and \"name\". Give them different aliases to fetch both.", (4, 5), (13, 3)));

    [Fact]
    public void ConflictInInlineFragmentWithoutTypeCondition() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ... {
              name
            }
            name: nickname
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"name\" and \"nickname\". Give them different aliases to fetch both.", (4, 7), (6, 5)));

    [Fact]
    public void ConflictHiddenInASharedFragmentIsReportedOnce() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            name: nickname
            ...nameFragment
          }
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
        }
        """,
        RuleHarness.Error("Fields with response name \"dog\" cannot be merged: their sub-selections conflict at \"name\" (they select different fields, \"nickname\" and \"name\"). Give them different aliases to fetch both.", (2, 3), (3, 5), (6, 3), (12, 3)));

    [Fact]
    public void DeepConflictIsReportedWithTheSubfields() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            x: name
            y: barkVolume
          }
          dog {
            x: nickname
            y: name
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"dog\" cannot be merged: their sub-selections conflict at \"x\" (they select different fields, \"name\" and \"nickname\") and at \"y\" (they select different fields, \"barkVolume\" and \"name\"). Give them different aliases to fetch both.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void DeeperConflictIsReportedAtEachLevel() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            owner {
              x: name
            }
            owner {
              x: iq
            }
          }
          dog {
            owner {
              x: id
            }
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"dog\" cannot be merged: their sub-selections conflict at \"owner\" (their sub-selections conflict at \"x\" (they select different fields, \"name\" and \"id\")) and at \"owner\" (their sub-selections conflict at \"x\" (they select different fields, \"iq\" and \"id\")). Give them different aliases to fetch both.", (2, 3), (3, 5), (4, 7), (6, 5), (7, 7), (10, 3), (11, 5), (12, 7), (11, 5), (12, 7)),
        RuleHarness.Error("Fields with response name \"owner\" cannot be merged: their sub-selections conflict at \"x\" (they select different fields, \"name\" and \"iq\"). Give them different aliases to fetch both.", (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void ConflictsInSubSelectionsThroughFragments() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ...ownerName
          }
          dog {
            owner {
              name: iq
            }
          }
        }

        fragment ownerName on Dog {
          owner {
            name
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"dog\" cannot be merged: their sub-selections conflict at \"owner\" (their sub-selections conflict at \"name\" (they select different fields, \"iq\" and \"name\")). Give them different aliases to fetch both.", (2, 3), (6, 5), (7, 7), (5, 3), (13, 3), (14, 5)));

    [Fact]
    public void AFragmentPairIsComparedOncePerDocument() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ...A
            ...B
          }
          pet {
            ...A
            ...B
          }
        }

        fragment A on Pet {
          x: name
        }

        fragment B on Pet {
          x: nickname
        }
        """,
        RuleHarness.Error("Fields with response name \"x\" cannot be merged: they select different fields, \"name\" and \"nickname\". Give them different aliases to fetch both.", (13, 3), (17, 3)));

    [Fact]
    public void FragmentThatSpreadsItselfDoesNotLoop() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        fragment F on Dog {
          name
          ...F
          ...G
        }

        fragment G on Dog {
          name: nickname
          ...F
        }
        """,
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"name\" and \"nickname\". Give them different aliases to fetch both.", (2, 3), (8, 3)),
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"name\" and \"nickname\". Give them different aliases to fetch both.", (2, 3), (8, 3)),
        RuleHarness.Error("Fields with response name \"name\" cannot be merged: they select different fields, \"nickname\" and \"name\". Give them different aliases to fetch both.", (8, 3), (2, 3)));

    [Fact]
    public void MutationAndSubscriptionFieldsAreChecked() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        mutation {
          mutateDog(command: SIT) {
            ok
          }
          mutateDog(command: DOWN) {
            ok
          }
        }

        subscription {
          newMessage
          newMessage: disallowedSecondRootField
        }
        """,
        RuleHarness.Error("Fields with response name \"mutateDog\" cannot be merged: they have different arguments. Give them different aliases to fetch both.", (2, 3), (5, 3)),
        RuleHarness.Error("Fields with response name \"newMessage\" cannot be merged: they select different fields, \"newMessage\" and \"disallowedSecondRootField\". Give them different aliases to fetch both.", (11, 3), (12, 3)));

    [Fact]
    public void UnknownFieldsAndFragmentsDoNotStopTheCheck() => RuleHarness.ExpectErrors<FieldSelectionMerging>(
        """
        {
          dog {
            ...Unknown
            x: unknownField
            x: name
          }
          unknown {
            a
          }
          unknown {
            a: b
          }
        }
        """,
        RuleHarness.Error("Fields with response name \"unknown\" cannot be merged: their sub-selections conflict at \"a\" (they select different fields, \"a\" and \"b\"). Give them different aliases to fetch both.", (7, 3), (8, 5), (10, 3), (11, 5)),
        RuleHarness.Error("Fields with response name \"x\" cannot be merged: they select different fields, \"unknownField\" and \"name\". Give them different aliases to fetch both.", (4, 5), (5, 5)));

    [Fact]
    public void ConflictListsAtMostTwentyFieldsPerSide()
    {
        var lines = new List<string> { "{", "  dog {" };
        lines.AddRange(Enumerable.Range(0, 25).Select(k => $"    a{k}: name"));
        lines.AddRange(["  }", "  dog {"]);
        lines.AddRange(Enumerable.Range(0, 25).Select(k => $"    a{k}: nickname"));
        lines.AddRange(["  }", "}"]);

        var error = Assert.Single(RuleHarness.Validate<FieldSelectionMerging>(RuleHarness.Schema, string.Join("\n", lines)));

        // The outer field, then the first 19 conflicting sub-fields, on each side (lines 3-27 and 30-54).
        var expected = new List<(int, int)> { (2, 3) };
        expected.AddRange(Enumerable.Range(3, 19).Select(line => (line, 5)));
        expected.Add((29, 3));
        expected.AddRange(Enumerable.Range(30, 19).Select(line => (line, 5)));
        Assert.Equal(expected, error.Locations.Select(l => (l.Line, l.Column)));
        // The reason lists the sub-field conflicts until it is about 1 000 characters long.
        Assert.StartsWith("Fields with response name \"dog\" cannot be merged: their sub-selections conflict at \"a0\" (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("... Give them different aliases to fetch both.", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1100, error.Message);
    }

    [Fact]
    public void OneOddFieldAmongManyIdenticalOnesConflictsWithEachOfThem()
    {
        string query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 30)) + "name: nickname " + string.Concat(Enumerable.Repeat("name ", 30)) + "} }";
        const int oddColumn = 9 + (30 * 5);

        var errors = RuleHarness.Validate<FieldSelectionMerging>(RuleHarness.Schema, query);

        Assert.Equal(60, errors.Count);
        for (int i = 0; i < 30; i++)
        {
            Assert.Equal([(1, 9 + (i * 5)), (1, oddColumn)], errors[i].Locations.Select(l => (l.Line, l.Column)));
            Assert.Equal([(1, oddColumn), (1, oddColumn + 15 + (i * 5))], errors[30 + i].Locations.Select(l => (l.Line, l.Column)));
        }
    }

    [Theory]
    [InlineData("identical fields")]
    [InlineData("aliases of one field")]
    [InlineData("identical fields with arguments")]
    [InlineData("spreads of one fragment")]
    [InlineData("spreads of identical fragments")]
    [InlineData("spreads of fragments with distinct fields")]
    [InlineData("field and identical fragments")]
    [InlineData("identical sub-selections")]
    public void ComparisonsGrowLinearlyOnRepetitiveSelections(string shape)
    {
        int comparisons1000 = CountComparisons(Repetitive(shape, 1000));
        int comparisons2000 = CountComparisons(Repetitive(shape, 2000));

        // Comparing every pair would cost about four times more for twice the fields.
        Assert.True(comparisons2000 <= (2 * comparisons1000) + 2, $"{comparisons1000} comparisons for 1000, {comparisons2000} for 2000");
        Assert.True(comparisons2000 <= 2 * 2000, $"{comparisons2000} comparisons for 2000");
    }

    [Fact]
    public void TooComplexSelectionsAreRejected()
    {
        // Each "owner" reaches a fragment, so its comparisons are not shared: 2 000 of them make 2 million pairs.
        string query = "{ dog { " + string.Concat(Enumerable.Repeat("owner { ...H } ", 2000)) + "} } fragment H on Human { name }";

        var errors = DocumentValidator.Validate(
            RuleHarness.Schema,
            Parser.Parse(query, LargeDocuments),
            rules: RuleSet.Of(static () => new FieldSelectionMerging()));

        var error = Assert.Single(errors);
        Assert.Equal("The selections of this document are too complex to check that fields with the same response name can be merged.", error.Message);
        Assert.Empty(error.Locations);
    }

    private static string Repetitive(string shape, int n)
    {
        string Repeat(Func<int, string> selection) => string.Join(" ", Enumerable.Range(0, n).Select(selection));
        return shape switch
        {
            "identical fields" => "{ dog { " + Repeat(_ => "name") + " } }",
            "aliases of one field" => "{ dog { " + Repeat(i => $"a{i}: name") + " } }",
            "identical fields with arguments" => "{ dog { " + Repeat(_ => "isAtLocation(x: 1, y: 2)") + " } }",
            "spreads of one fragment" => "{ dog { " + Repeat(_ => "...F") + " } } fragment F on Dog { name }",
            "spreads of identical fragments" => "{ dog { " + Repeat(i => $"...F{i}") + " } } " + Repeat(i => $"fragment F{i} on Dog {{ name }}"),
            "spreads of fragments with distinct fields" => "{ dog { " + Repeat(i => $"...F{i}") + " } } " + Repeat(i => $"fragment F{i} on Dog {{ name a{i}: name }}"),
            "field and identical fragments" => "{ dog { name " + Repeat(i => $"...F{i}") + " } } " + Repeat(i => $"fragment F{i} on Dog {{ name }}"),
            "identical sub-selections" => "{ dog { " + Repeat(_ => "owner { name }") + " } }",
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    private static int CountComparisons(string query)
    {
        var rule = new FieldSelectionMerging();
        var errors = DocumentValidator.Validate(RuleHarness.Schema, Parser.Parse(query, LargeDocuments), rules: RuleSet.Of(() => rule));
        Assert.Empty(errors);
        return rule.ComparisonCount;
    }
}
