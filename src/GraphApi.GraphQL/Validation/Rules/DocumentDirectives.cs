using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// Directive definitions written in the validated document itself. A document that defines a directive
/// (an SDL document, or a request mixing in SDL) is checked against that definition instead of the
/// schema's, as graphql-js does, so the directive rules agree with it on such documents.
/// </summary>
internal static class DocumentDirectives
{
    /// <summary>
    /// The document's directive definitions by name (the last of duplicates wins), or null when it has
    /// none — the case of every executable document, which then costs one pass over its definitions.
    /// </summary>
    public static Dictionary<string, DirectiveDefinitionNode>? Collect(DocumentNode document)
    {
        Dictionary<string, DirectiveDefinitionNode>? definitions = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                definitions ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
                definitions[directive.Name.Value] = directive;
            }
        }

        return definitions;
    }

    /// <summary>Required: a Non-Null type and no default value (spec §5.4.2.1).</summary>
    public static bool IsRequired(InputValueDefinitionNode argument) =>
        argument.Type is NonNullTypeNode && argument.DefaultValue is null;
}
