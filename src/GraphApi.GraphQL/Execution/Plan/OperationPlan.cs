using System.Collections.Concurrent;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution.Plan;

/// <summary>
/// The compiled form of one operation of a document, shared by every request that runs it. Field
/// collection (spec §6.3.2 CollectFields) depends on the values of the variables that <c>@skip</c> and
/// <c>@include</c> test, so the plan keeps one <see cref="PlanVariant"/> per combination of those values
/// met so far, keyed by a bitmask computed per request; literal conditions are folded in every variant.
/// </summary>
internal sealed class OperationPlan
{
    /// <summary>Conditions beyond this many variables are not cached (their combinations would not fit a bitmask key).</summary>
    private const int MaxMaskedConditions = 64;

    private readonly ConcurrentDictionary<ulong, PlanVariant> _variants = new();
    private readonly Dictionary<string, int> _conditionIndex = new(StringComparer.Ordinal);
    private int _compiledSelectionSets;

    public OperationPlan(ExecutableSchema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        Schema = schema;
        Operation = operation;
        RootType = schema.Schema.GetRootType(operation.Operation)
            ?? throw new InvalidOperationException($"The schema has no {operation.Operation} root type; validation should have rejected the operation.");
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        Source = document.Source;
        FindConditionVariables(operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal));
    }

    public ExecutableSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public Language.Source? Source { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>How many selection sets have been collected into plans so far (diagnostics: a reused plan collects none).</summary>
    public int CompiledSelectionSets => Volatile.Read(ref _compiledSelectionSets);

    /// <summary>The variant for the condition values of <paramref name="variables"/> (coerced variable values).</summary>
    public PlanVariant GetVariant(IReadOnlyDictionary<string, object?> variables)
    {
        if (_conditionIndex.Count > MaxMaskedConditions)
        {
            var values = new bool[_conditionIndex.Count];
            foreach (var (name, index) in _conditionIndex)
            {
                values[index] = IsTrue(variables, name);
            }

            return new PlanVariant(this, index => values[index]);
        }

        ulong mask = 0;
        foreach (var (name, index) in _conditionIndex)
        {
            if (IsTrue(variables, name))
            {
                mask |= 1UL << index;
            }
        }

        return _variants.TryGetValue(mask, out var variant)
            ? variant
            : _variants.GetOrAdd(mask, static (m, self) => new PlanVariant(self, index => (m & (1UL << index)) != 0), this);
    }

    /// <summary>The position of a condition variable in the bitmask; -1 when the variable is not one.</summary>
    public int ConditionIndex(string variable) => _conditionIndex.GetValueOrDefault(variable, -1);

    public void CountCompiledSelectionSet() => Interlocked.Increment(ref _compiledSelectionSets);

    private static bool IsTrue(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is true;

    private void FindConditionVariables(SelectionSetNode selectionSet, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Value is VariableNode variable)
                        {
                            _conditionIndex.TryAdd(variable.Name.Value, _conditionIndex.Count);
                        }
                    }
                }
            }

            switch (selection)
            {
                case FieldNode { SelectionSet: { } subSelection }:
                    FindConditionVariables(subSelection, visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    FindConditionVariables(inline.SelectionSet, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value) && Fragments.TryGetValue(spread.Name.Value, out var fragment):
                    FindConditionVariables(fragment.SelectionSet, visitedFragments);
                    break;
            }
        }
    }
}
