using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Tests.Infrastructure;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Validation;

/// <summary>An error a rule test expects: its message and its locations, in order.</summary>
public sealed record ExpectedError(string Message, IReadOnlyList<(int Line, int Column)> Locations)
{
    public override string ToString() =>
        $"{Message} @ {string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}

/// <summary>
/// Runs one validation rule against the harness schema (<c>harness.graphql</c>, modelled on the examples
/// of spec §5) and compares the errors with the expected ones inline.
/// </summary>
public static class RuleHarness
{
    private static readonly Lazy<Schema> HarnessSchema = new(() =>
        SchemaBuilder.Build(File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.GraphQL.Tests", "Validation", "harness.graphql"))));

    public static Schema Schema => HarnessSchema.Value;

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static void ExpectValid<TRule>(string query)
        where TRule : ValidationVisitor, new() => ExpectErrors<TRule>(Schema, query);

    public static void ExpectValid<TRule>(Schema schema, string query)
        where TRule : ValidationVisitor, new() => ExpectErrors<TRule>(schema, query);

    public static void ExpectErrors<TRule>(string query, params ExpectedError[] expected)
        where TRule : ValidationVisitor, new() => ExpectErrors<TRule>(Schema, query, expected);

    public static void ExpectErrors<TRule>(Schema schema, string query, params ExpectedError[] expected)
        where TRule : ValidationVisitor, new()
    {
        var errors = Validate<TRule>(schema, query);
        var actual = errors
            .Select(e => new ExpectedError(e.Message, e.Locations.Select(l => (l.Line, l.Column)).ToArray()).ToString())
            .ToArray();
        Assert.Equal(expected.Select(e => e.ToString()).ToArray(), actual);

        var anchor = (string)typeof(TRule).GetField("SpecAnchor")!.GetValue(null)!;
        foreach (var error in errors)
        {
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
            Assert.EndsWith("#sec-" + anchor, (string?)error.Extensions!["specifiedBy"]);
        }
    }

    /// <summary>Runs only <typeparamref name="TRule"/> over <paramref name="query"/>.</summary>
    public static IReadOnlyList<GraphQLError> Validate<TRule>(Schema schema, string query)
        where TRule : ValidationVisitor, new()
    {
        var document = Parser.Parse(query);
        return DocumentValidator.Validate(schema, document, rules: RuleSet.Of(static () => new TRule()));
    }
}
