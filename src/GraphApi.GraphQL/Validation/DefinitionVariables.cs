using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// The variables used as values in one operation or fragment, found from the syntax alone: no types, so no
/// schema lookups and no rules to call, which makes it much cheaper than a walk. The order is the walker's,
/// so that it matches <see cref="ValidationContext.GetVariableUsages"/> usage for usage. Lists are read by
/// index, as the walker reads them, to allocate no enumerators.
/// </summary>
internal static class DefinitionVariables
{
    public static void Collect(ExecutableDefinitionNode definition, List<VariableNode> variables)
    {
        // Variable definitions (their default values and directives) hold no usages, as for the walk.
        Directives(definition.Directives, variables);
        SelectionSet(definition.SelectionSet, variables);
    }

    private static void SelectionSet(SelectionSetNode selectionSet, List<VariableNode> variables)
    {
        // Parser limits bound the depth of parsed documents; this guards documents built in code.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        for (int i = 0; i < selectionSet.Selections.Count; i++)
        {
            var selection = selectionSet.Selections[i];
            switch (selection)
            {
                case FieldNode field:
                    Arguments(field.Arguments, variables);
                    Directives(field.Directives, variables);
                    if (field.SelectionSet is not null)
                    {
                        SelectionSet(field.SelectionSet, variables);
                    }

                    break;
                case FragmentSpreadNode spread:
                    Directives(spread.Directives, variables);
                    break;
                case InlineFragmentNode inline:
                    Directives(inline.Directives, variables);
                    SelectionSet(inline.SelectionSet, variables);
                    break;
            }
        }
    }

    private static void Directives(IReadOnlyList<DirectiveNode> directives, List<VariableNode> variables)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            Arguments(directive.Arguments, variables);
        }
    }

    private static void Arguments(IReadOnlyList<ArgumentNode> arguments, List<VariableNode> variables)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            Value(argument.Value, variables);
        }
    }

    private static void Value(ValueNode value, List<VariableNode> variables)
    {
        switch (value)
        {
            case VariableNode variable:
                variables.Add(variable);
                break;
            case ListValueNode list:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                for (int i = 0; i < list.Values.Count; i++)
                {
                    var item = list.Values[i];
                    Value(item, variables);
                }

                break;
            case ObjectValueNode obj:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                for (int i = 0; i < obj.Fields.Count; i++)
                {
                    var field = obj.Fields[i];
                    Value(field.Value, variables);
                }

                break;
        }
    }
}
