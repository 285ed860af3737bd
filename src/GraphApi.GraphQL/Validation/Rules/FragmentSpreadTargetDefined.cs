using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.1 Fragment Spread Target Defined — https://spec.graphql.org/draft/#sec-Fragment-Spread-Target-Defined.
/// A spread of a fragment the document does not define is reported at the spread's name.
/// </summary>
public sealed class FragmentSpreadTargetDefined : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spread-Target-Defined";

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
        {
            var hint = Suggestions.DidYouMean(Suggestions.For(node.Name.Value, FragmentNames()));
            Context.ReportError($"Unknown fragment \"{node.Name.Value}\": the document defines no fragment of that name.{hint}", SpecAnchor, node.Name);
        }
    }

    private IEnumerable<string> FragmentNames()
    {
        foreach (var definition in Context.Document.Definitions)
        {
            // Each name once: a duplicated name is suggested through the definition that spreads resolve to.
            if (definition is FragmentDefinitionNode fragment && ReferenceEquals(Context.GetFragment(fragment.Name.Value), fragment))
            {
                yield return fragment.Name.Value;
            }
        }
    }
}
