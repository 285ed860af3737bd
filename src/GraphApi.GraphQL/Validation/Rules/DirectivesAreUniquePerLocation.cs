using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.3 Directives Are Unique per Location (https://spec.graphql.org/draft/#sec-Directives-Are-Unique-per-Location):
/// a directive that is not <c>repeatable</c> appears at most once on a node. A type's definition and its
/// extensions count as one location, as do the schema definition and its extensions, since the
/// directives of all of them end up on the same schema element. Unknown directives are left to §5.7.1.
/// </summary>
public sealed class DirectivesAreUniquePerLocation : ValidationVisitor
{
    public const string SpecAnchor = "Directives-Are-Unique-per-Location";

    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    /// <summary>The non-repeatable directives already seen on the node in hand, by name; reused across nodes.</summary>
    private readonly Dictionary<string, DirectiveNode> _seenOnNode = new(StringComparer.Ordinal);

    // Type-system locations that span several definitions; only documents with SDL allocate them.
    private Dictionary<string, DirectiveNode>? _seenOnSchema;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _seenOnTypes;

    public override void EnterDocument(DocumentNode node) => _documentDirectives = DocumentDirectives.Collect(node);

    public override void EnterOperationDefinition(OperationDefinitionNode node) => CheckNode(node.Directives);

    public override void EnterVariableDefinition(VariableDefinitionNode node) => CheckNode(node.Directives);

    public override void EnterField(FieldNode node) => CheckNode(node.Directives);

    public override void EnterFragmentSpread(FragmentSpreadNode node) => CheckNode(node.Directives);

    public override void EnterInlineFragment(InlineFragmentNode node) => CheckNode(node.Directives);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => CheckNode(node.Directives);

    public override void EnterFieldDefinition(FieldDefinitionNode node) => CheckNode(node.Directives);

    public override void EnterInputValueDefinition(InputValueDefinitionNode node) => CheckNode(node.Directives);

    public override void EnterEnumValueDefinition(EnumValueDefinitionNode node) => CheckNode(node.Directives);

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                Check(node.Directives, _seenOnSchema ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal));
                break;
            case NamedTypeSystemNode type:
                _seenOnTypes ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
                if (!_seenOnTypes.TryGetValue(type.Name.Value, out var seen))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _seenOnTypes[type.Name.Value] = seen;
                }

                Check(node.Directives, seen);
                break;
            default:
                CheckNode(node.Directives);
                break;
        }
    }

    private void CheckNode(IReadOnlyList<DirectiveNode> directives)
    {
        // A single directive cannot repeat: skip the dictionary work in the common case.
        if (directives.Count > 1)
        {
            _seenOnNode.Clear();
            Check(directives, _seenOnNode);
        }
    }

    private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(name))
            {
                continue;
            }

            // Each repetition is reported together with the first use.
            if (seen.TryGetValue(name, out var first))
            {
                Context.ReportError(
                    $"Directive \"@{name}\" is not repeatable but is used more than once at this location.",
                    SpecAnchor,
                    first,
                    directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    /// <summary>True for a known, non-repeatable directive.</summary>
    private bool IsUnique(string name)
    {
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var documentDefinition))
        {
            return !documentDefinition.Repeatable;
        }

        return Context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
