using System.Diagnostics.CodeAnalysis;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Language;

/// <summary>Builds and throws the one kind of error the lexer and parser report (spec §2 Language).</summary>
internal static class SyntaxError
{
    /// <summary>
    /// A <see cref="GraphQLSyntaxException"/> whose single error reads <c>Syntax Error: message</c> and points
    /// at <paramref name="offset"/> (a byte offset into <paramref name="source"/>).
    /// </summary>
    public static GraphQLSyntaxException Create(Source source, int offset, string message)
    {
        var error = new GraphQLError(
            "Syntax Error: " + message,
            [source.GetLocation(offset)],
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ParseFailed });
        return new GraphQLSyntaxException(error);
    }

    // Throwing from a separate method keeps the throw sequence out of the hot lexer and parser methods.
    [DoesNotReturn]
    public static void Throw(Source source, int offset, string message) => throw Create(source, offset, message);
}
