using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.3 All Variable Uses Defined (https://spec.graphql.org/draft/#sec-All-Variable-Uses-Defined): every
/// variable used by an operation, directly or in a fragment it reaches transitively, is defined by that
/// operation. A fragment used by several operations is checked against each of them; every undefined use
/// is reported, at the use and at the operation.
/// </summary>
public sealed class AllVariableUsesDefined : ValidationVisitor
{
    public const string SpecAnchor = "All-Variable-Uses-Defined";

    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        _defined.Clear();
        foreach (var definition in node.VariableDefinitions)
        {
            _defined.Add(definition.Variable.Name.Value);
        }

        foreach (var variable in Context.GetRecursiveVariables(node))
        {
            var name = variable.Name.Value;
            if (!_defined.Contains(name))
            {
                var operation = node.Name is null ? "the operation" : $"operation \"{node.Name.Value}\"";
                Context.ReportError($"Variable \"${name}\" is used but not defined by {operation}.", SpecAnchor, variable, node);
            }
        }
    }
}
