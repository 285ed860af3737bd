using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation;

/// <summary>The hooks of <see cref="ValidationVisitor"/>, one per overridable method.</summary>
internal enum Hook
{
    EnterDocument, LeaveDocument,
    EnterOperationDefinition, LeaveOperationDefinition,
    EnterVariableDefinition, LeaveVariableDefinition,
    EnterSelectionSet, LeaveSelectionSet,
    EnterField, LeaveField,
    EnterArgument, LeaveArgument,
    EnterFragmentSpread,
    EnterInlineFragment, LeaveInlineFragment,
    EnterFragmentDefinition, LeaveFragmentDefinition,
    EnterDirective, LeaveDirective,
    EnterValue, LeaveValue,
    EnterObjectField, LeaveObjectField,
    EnterNamedType,
    EnterTypeSystemDefinition, LeaveTypeSystemDefinition,
    EnterFieldDefinition,
    EnterInputValueDefinition,
    EnterEnumValueDefinition,
    EnterOperationTypeDefinition,
}

/// <summary>
/// For each hook, the indices of the visitors that override it. Computed once per list of rule types, so
/// that a walk calls only the rules that care about a node kind instead of every rule on every node.
/// </summary>
internal sealed class HookTable
{
    private static readonly int HookCount = Enum.GetValues<Hook>().Length;
    private static readonly ConcurrentDictionary<Type, bool[]> OverridesByType = new();

    private readonly int[][] _visitorsByHook;

    public HookTable(IReadOnlyList<Type> visitorTypes)
    {
        _visitorsByHook = new int[HookCount][];
        for (int h = 0; h < HookCount; h++)
        {
            var list = new List<int>();
            for (int v = 0; v < visitorTypes.Count; v++)
            {
                if (Overrides(visitorTypes[v])[h])
                {
                    list.Add(v);
                }
            }

            _visitorsByHook[h] = list.ToArray();
        }
    }

    public int[] this[Hook hook] => _visitorsByHook[(int)hook];

    private static bool[] Overrides(Type type) => OverridesByType.GetOrAdd(type, static t =>
    {
        var result = new bool[HookCount];
        foreach (var hook in Enum.GetValues<Hook>())
        {
            var method = t.GetMethod(hook.ToString(), BindingFlags.Public | BindingFlags.Instance);
            result[(int)hook] = method is not null && method.DeclaringType != typeof(ValidationVisitor);
        }

        return result;
    });
}

/// <summary>
/// Walks a document once, keeping <see cref="TypeInfo"/> current and calling every visitor's hooks in
/// order: TypeInfo enters a node before the visitors do, and leaves it after them. With a
/// <paramref name="context"/>, it records the variable usages of each definition there as it goes.
/// </summary>
/// <remarks>
/// AST lists are walked by index: <c>foreach</c> over an <see cref="IReadOnlyList{T}"/> allocates an
/// enumerator per list, the largest part of what validation allocated.
/// </remarks>
internal sealed class Walker(TypeInfo typeInfo, ValidationVisitor[] visitors, HookTable hooks, ValidationContext? context = null)
{
    public void WalkDocument(DocumentNode document)
    {
        foreach (var v in hooks[Hook.EnterDocument]) visitors[v].EnterDocument(document);
        for (int i = 0; i < document.Definitions.Count; i++)
        {
            var definition = document.Definitions[i];
            WalkDefinition(definition);
        }

        foreach (var v in hooks[Hook.LeaveDocument]) visitors[v].LeaveDocument(document);
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
            case TypeSystemDefinitionNode typeSystem:
                WalkTypeSystemDefinition(typeSystem);
                break;
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        context?.BeginDefinition();
        typeInfo.Enter(node);
        foreach (var v in hooks[Hook.EnterOperationDefinition]) visitors[v].EnterOperationDefinition(node);
        for (int i = 0; i < node.VariableDefinitions.Count; i++)
        {
            var variable = node.VariableDefinitions[i];
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        foreach (var v in hooks[Hook.LeaveOperationDefinition]) visitors[v].LeaveOperationDefinition(node);
        typeInfo.Leave(node);
        context?.EndDefinition(node);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        context?.BeginDefinition();
        typeInfo.Enter(node);
        foreach (var v in hooks[Hook.EnterFragmentDefinition]) visitors[v].EnterFragmentDefinition(node);
        WalkNamedType(node.TypeCondition);
        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        foreach (var v in hooks[Hook.LeaveFragmentDefinition]) visitors[v].LeaveFragmentDefinition(node);
        typeInfo.Leave(node);
        context?.EndDefinition(node);
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        typeInfo.Enter(node);
        context?.EnterVariableDefinition();
        foreach (var v in hooks[Hook.EnterVariableDefinition]) visitors[v].EnterVariableDefinition(node);
        WalkValue(node.Variable);
        WalkType(node.Type);
        if (node.DefaultValue is not null)
        {
            WalkValue(node.DefaultValue);
        }

        WalkDirectives(node.Directives);
        foreach (var v in hooks[Hook.LeaveVariableDefinition]) visitors[v].LeaveVariableDefinition(node);
        context?.LeaveVariableDefinition();
        typeInfo.Leave(node);
    }

    public void WalkSelectionSet(SelectionSetNode node)
    {
        // Parser limits bound the depth of parsed documents; this guards documents built in code.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        typeInfo.Enter(node);
        foreach (var v in hooks[Hook.EnterSelectionSet]) visitors[v].EnterSelectionSet(node);
        for (int i = 0; i < node.Selections.Count; i++)
        {
            var selection = node.Selections[i];
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    typeInfo.Enter(spread);
                    foreach (var v in hooks[Hook.EnterFragmentSpread]) visitors[v].EnterFragmentSpread(spread);
                    WalkDirectives(spread.Directives);
                    typeInfo.Leave(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        foreach (var v in hooks[Hook.LeaveSelectionSet]) visitors[v].LeaveSelectionSet(node);
        typeInfo.Leave(node);
    }

    private void WalkField(FieldNode node)
    {
        typeInfo.Enter(node);
        foreach (var v in hooks[Hook.EnterField]) visitors[v].EnterField(node);
        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives);
        if (node.SelectionSet is not null)
        {
            WalkSelectionSet(node.SelectionSet);
        }

        foreach (var v in hooks[Hook.LeaveField]) visitors[v].LeaveField(node);
        typeInfo.Leave(node);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        typeInfo.Enter(node);
        foreach (var v in hooks[Hook.EnterInlineFragment]) visitors[v].EnterInlineFragment(node);
        if (node.TypeCondition is not null)
        {
            WalkNamedType(node.TypeCondition);
        }

        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        foreach (var v in hooks[Hook.LeaveInlineFragment]) visitors[v].LeaveInlineFragment(node);
        typeInfo.Leave(node);
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            var node = arguments[i];
            typeInfo.Enter(node);
            foreach (var v in hooks[Hook.EnterArgument]) visitors[v].EnterArgument(node);
            WalkValue(node.Value);
            foreach (var v in hooks[Hook.LeaveArgument]) visitors[v].LeaveArgument(node);
            typeInfo.Leave(node);
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (int i = 0; i < directives.Count; i++)
        {
            var node = directives[i];
            typeInfo.Enter(node);
            foreach (var v in hooks[Hook.EnterDirective]) visitors[v].EnterDirective(node);
            WalkArguments(node.Arguments);
            foreach (var v in hooks[Hook.LeaveDirective]) visitors[v].LeaveDirective(node);
            typeInfo.Leave(node);
        }
    }

    private void WalkValue(ValueNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        typeInfo.Enter(node);
        if (node.Kind == SyntaxKind.Variable)
        {
            context?.RecordVariableUsage((VariableNode)node);
        }

        foreach (var v in hooks[Hook.EnterValue]) visitors[v].EnterValue(node);
        switch (node)
        {
            case ListValueNode list:
                for (int i = 0; i < list.Values.Count; i++)
                {
                    var item = list.Values[i];
                    WalkValue(item);
                }

                break;
            case ObjectValueNode obj:
                for (int i = 0; i < obj.Fields.Count; i++)
                {
                    var field = obj.Fields[i];
                    typeInfo.Enter(field);
                    foreach (var v in hooks[Hook.EnterObjectField]) visitors[v].EnterObjectField(field);
                    WalkValue(field.Value);
                    foreach (var v in hooks[Hook.LeaveObjectField]) visitors[v].LeaveObjectField(field);
                    typeInfo.Leave(field);
                }

                break;
        }

        foreach (var v in hooks[Hook.LeaveValue]) visitors[v].LeaveValue(node);
        typeInfo.Leave(node);
    }

    private void WalkType(TypeNode node)
    {
        while (node is not NamedTypeNode)
        {
            node = node is ListTypeNode list ? list.Type : ((NonNullTypeNode)node).Type;
        }

        WalkNamedType((NamedTypeNode)node);
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var v in hooks[Hook.EnterNamedType]) visitors[v].EnterNamedType(node);
    }

    private void WalkTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        foreach (var v in hooks[Hook.EnterTypeSystemDefinition]) visitors[v].EnterTypeSystemDefinition(node);
        WalkDirectives(node.Directives);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkOperationTypes(schemaExtension.OperationTypes);
                break;
            case ObjectTypeDefinitionNode o:
                WalkInterfacesAndFields(o.Interfaces, o.Fields);
                break;
            case ObjectTypeExtensionNode o:
                WalkInterfacesAndFields(o.Interfaces, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                WalkInterfacesAndFields(i.Interfaces, i.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                WalkInterfacesAndFields(i.Interfaces, i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                WalkNamedTypes(u.Types);
                break;
            case UnionTypeExtensionNode u:
                WalkNamedTypes(u.Types);
                break;
            case EnumTypeDefinitionNode e:
                WalkEnumValues(e.Values);
                break;
            case EnumTypeExtensionNode e:
                WalkEnumValues(e.Values);
                break;
            case InputObjectTypeDefinitionNode io:
                WalkInputValueDefinitions(io.Fields);
                break;
            case InputObjectTypeExtensionNode io:
                WalkInputValueDefinitions(io.Fields);
                break;
            case DirectiveDefinitionNode d:
                WalkInputValueDefinitions(d.Arguments);
                break;
        }

        foreach (var v in hooks[Hook.LeaveTypeSystemDefinition]) visitors[v].LeaveTypeSystemDefinition(node);
    }

    private void WalkOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        for (int i = 0; i < operationTypes.Count; i++)
        {
            var node = operationTypes[i];
            foreach (var v in hooks[Hook.EnterOperationTypeDefinition]) visitors[v].EnterOperationTypeDefinition(node);
            WalkNamedType(node.Type);
        }
    }

    private void WalkNamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        for (int i = 0; i < types.Count; i++)
        {
            WalkNamedType(types[i]);
        }
    }

    private void WalkInterfacesAndFields(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields)
    {
        WalkNamedTypes(interfaces);

        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            foreach (var v in hooks[Hook.EnterFieldDefinition]) visitors[v].EnterFieldDefinition(field);
            WalkInputValueDefinitions(field.Arguments);
            WalkType(field.Type);
            WalkDirectives(field.Directives);
        }
    }

    private void WalkInputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> definitions)
    {
        for (int i = 0; i < definitions.Count; i++)
        {
            var node = definitions[i];
            foreach (var v in hooks[Hook.EnterInputValueDefinition]) visitors[v].EnterInputValueDefinition(node);
            WalkType(node.Type);
            if (node.DefaultValue is not null)
            {
                WalkValue(node.DefaultValue);
            }

            WalkDirectives(node.Directives);
        }
    }

    private void WalkEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            var node = values[i];
            foreach (var v in hooks[Hook.EnterEnumValueDefinition]) visitors[v].EnterEnumValueDefinition(node);
            WalkDirectives(node.Directives);
        }
    }
}
