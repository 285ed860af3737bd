using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

/// <summary>
/// One run of SDL validation: the document, the schema it extends (if any), what the document defines, the
/// state the rules keep across definitions, and the errors found so far.
/// </summary>
internal sealed class SdlValidationContext
{
    private readonly List<GraphQLError> _errors = [];

    public SdlValidationContext(DocumentNode document, Schema? existing)
    {
        Document = document;
        Existing = existing;

        if (existing is null)
        {
            foreach (var (name, signature) in DirectiveSignature.BuiltIns)
            {
                Directives[name] = signature;
            }
        }
        else
        {
            foreach (var directive in existing.Directives)
            {
                Directives[directive.Name] = DirectiveSignature.Of(directive);
            }
        }

        // Later definitions win, as in graphql-js; duplicates are reported by their own rules.
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive:
                    Directives[directive.Name.Value] = DirectiveSignature.Of(directive);
                    break;
                case TypeDefinitionNode type:
                    DefinedTypes[type.Name.Value] = type;
                    break;
            }

            if (definition is NamedTypeSystemNode named)
            {
                if (!TypeNodes.TryGetValue(named.Name.Value, out var nodes))
                {
                    TypeNodes[named.Name.Value] = nodes = [];
                }

                nodes.Add(named);
            }
        }
    }

    public DocumentNode Document { get; }

    /// <summary>The schema the document extends; null when the document defines a schema on its own.</summary>
    public Schema? Existing { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Every directive the document may use, by name.</summary>
    public Dictionary<string, DirectiveSignature> Directives { get; } = new(StringComparer.Ordinal);

    /// <summary>The types the document defines (not extends), by name.</summary>
    public Dictionary<string, TypeDefinitionNode> DefinedTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>The definitions and extensions of each type name in the document, in document order.</summary>
    public Dictionary<string, List<NamedTypeSystemNode>> TypeNodes { get; } = new(StringComparer.Ordinal);

    // State of the rules that look across definitions.
    public int SchemaDefinitionCount { get; set; }

    public Dictionary<OperationType, OperationTypeDefinitionNode> OperationTypes { get; } = [];

    public Dictionary<string, NameNode> TypeNames { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, NameNode> DirectiveNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Enum values seen so far per enum name, over the enum's definition and extensions.</summary>
    public Dictionary<string, Dictionary<string, NameNode>> EnumValueNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields seen so far per type name, over the type's definition and extensions.</summary>
    public Dictionary<string, Dictionary<string, NameNode>> FieldNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The unions, objects and interfaces whose references have been checked for their kind.</summary>
    public HashSet<string> ReferenceKindsChecked { get; } = new(StringComparer.Ordinal);

    /// <summary>Non-repeatable directives applied so far to the schema (definition and extensions).</summary>
    public Dictionary<string, DirectiveNode?> SchemaDirectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Non-repeatable directives applied so far per type name (definition and extensions).</summary>
    public Dictionary<string, Dictionary<string, DirectiveNode?>> TypeDirectives { get; } = new(StringComparer.Ordinal);

    public void Report(string message, string specAnchor, params ReadOnlySpan<SyntaxNode?> nodes) =>
        _errors.Add(SchemaErrors.Create(message, specAnchor, Document.Source, nodes));
}
