using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (spec §3 Type System): definitions and extensions of every kind,
/// the built-in scalars and directives, and the introspection types. The SDL document is validated before
/// the model is built and the model after, so a schema that comes out of here is valid.
/// </summary>
public static partial class SchemaBuilder
{
    private static readonly Lazy<DocumentNode> BuiltIns = new(() =>
        Parser.Parse(new Source(BuiltInDefinitions.Sdl, "built-in definitions"), ParserOptions.ForSchema));

    /// <summary>Builds a schema from SDL text; throws <see cref="GraphQLException"/> with every problem found.</summary>
    public static Schema Build(string sdl, SchemaBuildOptions? options = null)
    {
        options ??= SchemaBuildOptions.Default;
        return Build(Parser.Parse(new Source(sdl, "schema"), options.ParserOptions), options);
    }

    /// <summary>Builds a schema from a parsed SDL document.</summary>
    public static Schema Build(DocumentNode document, SchemaBuildOptions? options = null)
    {
        options ??= SchemaBuildOptions.Default;
        if (!options.SkipValidation)
        {
            ThrowIfAny(Validation.SdlValidator.Validate(document));
        }

        var schema = new Builder(document).Build();

        if (!options.SkipValidation)
        {
            ThrowIfAny(Validation.SchemaValidator.Validate(schema, document.Source));
        }

        return schema;
    }

    private static void ThrowIfAny(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }
    }

    /// <summary>Thrown for SDL the builder cannot make sense of even without validation (e.g. an unknown type).</summary>
    private static GraphQLException BuildError(string message, SyntaxNode? node, DocumentNode document) =>
        new(new GraphQLError(
            message,
            node is null ? null : GraphQLError.LocationsOf(document.Source, [node]),
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidSchema }));
}
