using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.3 Input Object Field Uniqueness — https://spec.graphql.org/draft/#sec-Input-Object-Field-Uniqueness.
/// An object literal must not give the same field twice. Each repetition is reported together with the
/// first occurrence. Applies to every object literal, whatever type is expected there.
/// </summary>
public sealed class InputObjectFieldUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Input-Object-Field-Uniqueness";

    /// <summary>Objects with more fields than this are checked through a dictionary instead of pairwise.</summary>
    private const int PairwiseLimit = 12;

    private Dictionary<string, NameNode>? _firstByName;

    public override void EnterValue(ValueNode node)
    {
        if (node is not ObjectValueNode { Fields: { Count: > 1 } fields })
        {
            return;
        }

        if (fields.Count <= PairwiseLimit)
        {
            for (int i = 1; i < fields.Count; i++)
            {
                var name = fields[i].Name;
                for (int j = 0; j < i; j++)
                {
                    if (fields[j].Name.Value == name.Value)
                    {
                        Report(fields[j].Name, name);
                        break;
                    }
                }
            }

            return;
        }

        var firstByName = _firstByName ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
        firstByName.Clear();
        foreach (var field in fields)
        {
            if (!firstByName.TryAdd(field.Name.Value, field.Name))
            {
                Report(firstByName[field.Name.Value], field.Name);
            }
        }
    }

    private void Report(NameNode first, NameNode repeated) =>
        Context.ReportError($"Input field \"{repeated.Value}\" is given more than once in the same object.", SpecAnchor, first, repeated);
}
