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
    /// skipped: parts of a schema assembled in code have none.
    /// </summary>
    public void Report(string message, string specAnchor, params ReadOnlySpan<SyntaxNode?> nodes) =>
        _errors.Add(SchemaErrors.Create(message, specAnchor, source, nodes));
}
