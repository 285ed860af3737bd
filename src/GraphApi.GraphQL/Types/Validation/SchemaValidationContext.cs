using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

/// <summary>The schema being validated, the source its AST nodes point into, and the errors found so far.</summary>
internal sealed class SchemaValidationContext(Schema schema, Source? source)
{
    private readonly List<GraphQLError> _errors = [];

    public Schema Schema { get; } = schema;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>
    /// Reports an invalid-schema error citing the spec section <paramref name="specAnchor"/>. Null nodes are
    /// skipped: built-in types and directives have none.
    /// </summary>
    public void Report(string message, string specAnchor, params ReadOnlySpan<SyntaxNode?> nodes) =>
        _errors.Add(SchemaErrors.Create(message, specAnchor, source, nodes));
}

/// <summary>Builds the errors of schema and SDL validation: <c>extensions.code</c> and <c>specifiedBy</c> set alike.</summary>
internal static class SchemaErrors
{
    public static GraphQLError Create(string message, string specAnchor, Source? source, ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        if (source is not null)
        {
            foreach (var node in nodes)
            {
                if (node is not null && !node.Location.IsNone)
                {
                    locations.Add(source.GetLocation(node.Location.Start));
                }
            }
        }

        return new GraphQLError(
            message,
            locations,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.InvalidSchema,
                ["specifiedBy"] = SpecSections.Url(specAnchor),
            });
    }
}
