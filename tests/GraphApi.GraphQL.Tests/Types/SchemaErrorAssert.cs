using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Tests.Types;

/// <summary>An error a schema or SDL validation test expects: message, spec section and locations, all exact.</summary>
public sealed record ExpectedSchemaError(string Message, string Anchor, (int Line, int Column)[] Locations);

/// <summary>Compares the errors of <c>SchemaValidator</c> and <c>SdlValidator</c> with the expected ones, in order.</summary>
public static class SchemaErrorAssert
{
    public static ExpectedSchemaError Error(string anchor, string message, params (int Line, int Column)[] locations) =>
        new(message, anchor, locations);

    public static void Equal(IReadOnlyList<GraphQLError> actual, params ExpectedSchemaError[] expected)
    {
        Assert.True(
            actual.Count == expected.Length,
            $"Expected {expected.Length} error(s) but got {actual.Count}:\n" + string.Join("\n", actual.Select(e => e.ToString())));
        for (int i = 0; i < expected.Length; i++)
        {
            var error = actual[i];
            Assert.Equal(expected[i].Message, error.Message);
            Assert.Equal(expected[i].Locations, error.Locations.Select(l => (l.Line, l.Column)).ToArray());
            Assert.Equal(ErrorCodes.InvalidSchema, error.Code);
            Assert.Equal(SpecSections.Url(expected[i].Anchor), error.Extensions!["specifiedBy"]);
        }
    }
}
