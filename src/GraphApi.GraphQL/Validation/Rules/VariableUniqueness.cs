using System.Runtime.InteropServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.1 Variable Uniqueness (https://spec.graphql.org/draft/#sec-Variable-Uniqueness): an operation
/// defines each variable at most once. One error per repeated name, citing every definition's name.
/// </summary>
public sealed class VariableUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Variable-Uniqueness";

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeated = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2)
        {
            return;
        }

        _seen.Clear();
        _repeated.Clear();
        foreach (var definition in definitions)
        {
            if (!_seen.Add(definition.Variable.Name.Value))
            {
                _repeated.Add(definition.Variable.Name.Value);
            }
        }

        // Report in the order names first appear, each at its first definition.
        for (int i = 0; _repeated.Count > 0 && i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name.Value;
            if (!_repeated.Remove(name))
            {
                continue;
            }

            var occurrences = new List<SyntaxNode>();
            for (int k = i; k < definitions.Count; k++)
            {
                if (definitions[k].Variable.Name.Value == name)
                {
                    occurrences.Add(definitions[k].Variable.Name);
                }
            }

            var operation = node.Name is null ? "the operation" : $"operation \"{node.Name.Value}\"";
            Context.ReportError(
                $"Variable \"${name}\" is defined more than once in {operation}.",
                SpecAnchor,
                CollectionsMarshal.AsSpan(occurrences));
        }
    }
}
