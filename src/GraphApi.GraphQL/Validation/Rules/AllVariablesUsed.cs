using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.4 All Variables Used (https://spec.graphql.org/draft/#sec-All-Variables-Used): every variable an
/// operation defines is used by the operation or by a fragment it reaches transitively. Each unused
/// definition is reported, duplicates included.
/// </summary>
public sealed class AllVariablesUsed : ValidationVisitor
{
    public const string SpecAnchor = "All-Variables-Used";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0)
        {
            return;
        }

        _used.Clear();
        foreach (var variable in Context.GetRecursiveVariables(node))
        {
            _used.Add(variable.Name.Value);
        }

        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!_used.Contains(name))
            {
                var operation = node.Name is null ? "the operation" : $"operation \"{node.Name.Value}\"";
                Context.ReportError($"Variable \"${name}\" is defined by {operation} but never used.", SpecAnchor, definition);
            }
        }
    }
}
