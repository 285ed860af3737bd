using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.4 Fragments Must Be Used — https://spec.graphql.org/draft/#sec-Fragments-Must-Be-Used.
/// A fragment counts as used when some operation reaches it, directly or through other fragments; a spread
/// inside an unused fragment does not make its target used. Each unused definition is reported at the
/// definition, once the whole document has been seen.
/// </summary>
public sealed class FragmentsMustBeUsed : ValidationVisitor
{
    public const string SpecAnchor = "Fragments-Must-Be-Used";

    public override void LeaveDocument(DocumentNode node)
    {
        HashSet<string>? usedNames = null;
        foreach (var definition in node.Definitions)
        {
            if (definition is not FragmentDefinitionNode fragment)
            {
                continue;
            }

            usedNames ??= CollectUsedFragmentNames(node);
            if (!usedNames.Contains(fragment.Name.Value))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used: no operation spreads it, directly or through other fragments.", SpecAnchor, fragment);
            }
        }
    }

    private HashSet<string> CollectUsedFragmentNames(DocumentNode document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        return used;
    }
}
