using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>
/// Spec §6.3.2 Field Collection, run once per plan variant and object type: groups the selected fields by
/// response key through fragments, drops those <c>@skip</c>/<c>@include</c> exclude, and makes a
/// <see cref="FieldPlan"/> per key.
/// </summary>
internal static class FieldCollector
{
    public static SelectionSetPlan CollectRoot(PlanVariant variant)
    {
        var operation = variant.Operation;
        var groups = new Groups();
        CollectFields(variant, operation.RootType, operation.Operation.SelectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        return Build(variant, operation.RootType, groups);
    }

    /// <summary>CollectSubfields: the merged sub-selections of a field set.</summary>
    public static SelectionSetPlan CollectSubfields(PlanVariant variant, ObjectType type, FieldNode[] fields)
    {
        var groups = new Groups();
        // graphql-js shares the visited fragments across the field set; the result is the same, with less work.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                CollectFields(variant, type, selectionSet, groups, visited);
            }
        }

        return Build(variant, type, groups);
    }

    private static void CollectFields(PlanVariant variant, ObjectType type, SelectionSetNode selectionSet, Groups groups, HashSet<string> visitedFragments)
    {
        var schema = variant.Operation.Schema.Schema;
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(variant, selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name.Value)
                        || !variant.Operation.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                        || !DoesFragmentTypeApply(schema, type, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(variant, type, fragment.SelectionSet, groups, visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(schema, type, condition))
                    {
                        continue;
                    }

                    CollectFields(variant, type, inline.SelectionSet, groups, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>The <c>@skip</c> and <c>@include</c> tests of CollectFields, with variables read from the variant.</summary>
    private static bool ShouldInclude(PlanVariant variant, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode literal => literal.Value,
                        VariableNode variable => variant.IsTrue(variable.Name.Value),
                        _ => false,
                    };
                }
            }

            if (condition == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType type, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) is { } fragmentType && schema.IsPossibleType(fragmentType, type);

    private static SelectionSetPlan Build(PlanVariant variant, ObjectType type, Groups groups)
    {
        var operation = variant.Operation;
        var executable = operation.Schema;
        var schema = executable.Schema;
        var fields = new List<FieldPlan>(groups.Count);
        for (int i = 0; i < groups.Count; i++)
        {
            var (key, nodes) = groups[i];
            var name = nodes[0].Name.Value;
            FieldDefinition? definition;
            FieldKind kind;
            switch (name)
            {
                case "__typename":
                    definition = schema.TypeNameMetaField;
                    kind = FieldKind.TypeName;
                    break;
                case "__schema" when ReferenceEquals(type, schema.QueryType):
                    definition = schema.SchemaMetaField;
                    kind = FieldKind.Schema;
                    break;
                case "__type" when ReferenceEquals(type, schema.QueryType):
                    definition = schema.TypeMetaField;
                    kind = FieldKind.Type;
                    break;
                default:
                    definition = type.Fields[name];
                    kind = FieldKind.Resolver;
                    break;
            }

            if (definition is null)
            {
                continue; // spec §6.3.3: a field the type does not define is not executed
            }

            var binding = kind == FieldKind.Resolver ? executable.GetBinding(definition) : null;
            if (binding?.Getter is not null && binding.Resolver is null)
            {
                kind = FieldKind.Getter;
            }

            var authorization = kind is FieldKind.Resolver or FieldKind.Getter ? executable.Authorization?.ForField(definition) : null;
            fields.Add(new FieldPlan(variant, type, key, nodes.ToArray(), definition, kind, binding, authorization));
        }

        operation.CountCompiledSelectionSet();
        return new SelectionSetPlan(type, fields.ToArray(), executable.Authorization?.ForType(type));
    }

    /// <summary>An ordered map from response key to its field set.</summary>
    private sealed class Groups
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _entries = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public int Count => _entries.Count;

        public (string Key, List<FieldNode> Nodes) this[int i] => _entries[i];

        public void Add(FieldNode field)
        {
            var key = field.ResponseKey;
            if (_index.TryGetValue(key, out var i))
            {
                var nodes = _entries[i].Nodes;
                if (!nodes.Contains(field))
                {
                    nodes.Add(field);
                }
            }
            else
            {
                _index[key] = _entries.Count;
                _entries.Add((key, [field]));
            }
        }
    }
}
