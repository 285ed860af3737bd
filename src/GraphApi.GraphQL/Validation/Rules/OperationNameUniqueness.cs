using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.2.1 Operation Name Uniqueness — https://spec.graphql.org/draft/#sec-Operation-Name-Uniqueness.
/// Each repeat of an operation name is reported at the first operation's name and at the repeat's name,
/// whatever the kinds of the operations.
/// </summary>
public sealed class OperationNameUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Operation-Name-Uniqueness";

    // Most documents hold one operation: the dictionary is only created when a second named one appears.
    private NameNode? _firstName;
    private Dictionary<string, NameNode>? _namesSeen;

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var name = node.Name;
        if (name is null)
        {
            return;
        }

        if (_firstName is null)
        {
            _firstName = name;
            return;
        }

        if (_namesSeen is null)
        {
            _namesSeen = new Dictionary<string, NameNode>(StringComparer.Ordinal) { [_firstName.Value] = _firstName };
        }

        if (_namesSeen.TryGetValue(name.Value, out var first))
        {
            Context.ReportError($"There is more than one operation named \"{name.Value}\".", SpecAnchor, first, name);
        }
        else
        {
            _namesSeen.Add(name.Value, name);
        }
    }
}
