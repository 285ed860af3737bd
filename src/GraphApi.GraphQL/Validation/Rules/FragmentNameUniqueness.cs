using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.1 Fragment Name Uniqueness — https://spec.graphql.org/draft/#sec-Fragment-Name-Uniqueness.
/// Each repeat of a fragment name is reported at the first definition's name and at the repeat's name.
/// </summary>
public sealed class FragmentNameUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Name-Uniqueness";

    private Dictionary<string, NameNode>? _namesSeen;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        _namesSeen ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        if (!_namesSeen.TryAdd(name.Value, name))
        {
            Context.ReportError($"There is more than one fragment named \"{name.Value}\".", SpecAnchor, _namesSeen[name.Value], name);
        }
    }
}
