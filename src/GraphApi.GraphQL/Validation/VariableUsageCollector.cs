using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// Finds the variables used as values in one operation or fragment, with the input type expected at each
/// place of use. Variable definitions themselves (and their default values) are not usages.
/// </summary>
internal sealed class VariableUsageCollector : ValidationVisitor
{
    private static readonly HookTable Hooks = new([typeof(VariableUsageCollector)]);

    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];
    private bool _inVariableDefinition;

    private VariableUsageCollector(TypeInfo typeInfo)
    {
        _typeInfo = typeInfo;
    }

    public static IReadOnlyList<VariableUsage> Collect(Schema schema, ExecutableDefinitionNode definition)
    {
        var typeInfo = new TypeInfo(schema);
        var collector = new VariableUsageCollector(typeInfo);
        new Walker(typeInfo, [collector], Hooks).WalkDefinition(definition);
        return collector._usages;
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = true;

    public override void LeaveVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = false;

    public override void EnterValue(ValueNode node)
    {
        if (!_inVariableDefinition && node is VariableNode variable)
        {
            var defaultValue = _typeInfo.DefaultValue;
            _usages.Add(new VariableUsage(variable, _typeInfo.InputType, defaultValue, defaultValue is not null));
        }
    }
}
