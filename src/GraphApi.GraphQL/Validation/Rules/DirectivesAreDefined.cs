using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.1 Directives Are Defined (https://spec.graphql.org/draft/#sec-Directives-Are-Defined): every
/// directive used in the document is defined by the schema, or by a directive definition in the document.
/// </summary>
public sealed class DirectivesAreDefined : ValidationVisitor
{
    public const string SpecAnchor = "Directives-Are-Defined";

    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    public override void EnterDocument(DocumentNode node) => _documentDirectives = DocumentDirectives.Collect(node);

    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (Context.Schema.GetDirective(name) is null && _documentDirectives?.ContainsKey(name) != true)
        {
            var hint = Suggestions.DidYouMean(Suggestions.For(name, KnownNames()));
            Context.ReportError($"Directive \"@{name}\" is not defined.{hint}", SpecAnchor, node);
        }
    }

    private IEnumerable<string> KnownNames()
    {
        foreach (var directive in Context.Schema.Directives)
        {
            yield return directive.Name;
        }

        if (_documentDirectives is not null)
        {
            foreach (var name in _documentDirectives.Keys)
            {
                if (Context.Schema.GetDirective(name) is null)
                {
                    yield return name;
                }
            }
        }
    }
}
