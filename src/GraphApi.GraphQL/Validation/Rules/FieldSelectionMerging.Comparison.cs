using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>FieldsInSetCanMerge and SameResponseShape over field maps and fragments.</summary>
public sealed partial class FieldSelectionMerging
{
    /// <summary>Object values with more fields than this are sorted with Array.Sort rather than by insertion.</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>
    /// Fragment pairs compared so far (in the order first compared) and whether that comparison assumed
    /// mutually exclusive parents. A pair is compared once per document; a comparison that assumed
    /// exclusive parents found fewer conflicts, so it does not stand in for one that did not.
    /// </summary>
    private Dictionary<FragmentPair, bool>? _comparedFragmentPairs;

    /// <summary>The conflicts of a visited selection set, reported as they are found.</summary>
    private void FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var map = GetFieldMap(parentType, selectionSet);
        foreach (var group in map.Groups)
        {
            if (group.Fields.Count > 1)
            {
                ComparePairsWithin(null, group);
            }
        }

        if (map.SpreadCount != 0 && (map.Groups.Count != 0 || map.SpreadCount > 1))
        {
            CompareFragmentsWithin(null, map, GetFragments(map));
        }
    }

    /// <summary>The conflicts between the sub-selections of two fields of the same response name.</summary>
    private List<Conflict> FindConflictsBetweenSubSelections(
        bool exclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var map1 = GetFieldMap(parentType1, selectionSet1);
        var fragments1 = GetFragments(map1);
        var map2 = GetFieldMap(parentType2, selectionSet2);
        var fragments2 = GetFragments(map2);

        CompareMaps(conflicts, exclusive, map1, map2);
        foreach (var fragment in fragments2)
        {
            CompareFieldsWithFragment(conflicts, exclusive, map1, fragment);
        }

        foreach (var fragment in fragments1)
        {
            CompareFieldsWithFragment(conflicts, exclusive, map2, fragment);
        }

        CompareFragmentsAcross(conflicts, exclusive, fragments1, fragments2);
        return conflicts;
    }

    /// <summary>
    /// Compares the fields of a map with those of a fragment and, recursively, of the fragments it spreads;
    /// each (map, fragment) pair once per document.
    /// </summary>
    private void CompareFieldsWithFragment(List<Conflict>? sink, bool exclusive, FieldMap map, FragmentDefinitionNode fragment)
    {
        Spend(1);
        if (map.Groups.Count == 0)
        {
            return;
        }

        var compared = map.ComparedFragments ??= new Dictionary<FragmentDefinitionNode, bool>(ReferenceEqualityComparer.Instance);
        if (compared.TryGetValue(fragment, out bool wasExclusive) && (exclusive || !wasExclusive))
        {
            return;
        }

        compared[fragment] = exclusive;
        var fragmentMap = GetFragmentFieldMap(fragment);
        if (ReferenceEquals(map, fragmentMap))
        {
            return; // a fragment that spreads itself: its fields were compared with one another already
        }

        CompareMaps(sink, exclusive, map, fragmentMap);
        foreach (var referenced in GetFragments(fragmentMap))
        {
            CompareFieldsWithFragment(sink, exclusive, map, referenced);
        }
    }

    /// <summary>Compares the fields of two fragments and, recursively, of the fragments they spread; each pair once per document.</summary>
    private void CompareFragments(List<Conflict>? sink, bool exclusive, FragmentDefinitionNode fragment1, FragmentDefinitionNode fragment2)
    {
        Spend(1);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new WorkLimitExceededException();
        }

        if (ReferenceEquals(fragment1, fragment2) || WasCompared(fragment1, fragment2, exclusive))
        {
            return;
        }

        (_comparedFragmentPairs ??= [])[new FragmentPair(fragment1, fragment2)] = exclusive;
        var map1 = GetFragmentFieldMap(fragment1);
        var map2 = GetFragmentFieldMap(fragment2);
        CompareMaps(sink, exclusive, map1, map2);
        foreach (var referenced in GetFragments(map2))
        {
            CompareFragments(sink, exclusive, fragment1, referenced);
        }

        foreach (var referenced in GetFragments(map1))
        {
            CompareFragments(sink, exclusive, referenced, fragment2);
        }
    }

    private bool WasCompared(FragmentDefinitionNode fragment1, FragmentDefinitionNode fragment2, bool exclusive) =>
        _comparedFragmentPairs is { } compared
        && ((compared.TryGetValue(new FragmentPair(fragment1, fragment2), out bool stored) && (exclusive || !stored))
            || (compared.TryGetValue(new FragmentPair(fragment2, fragment1), out stored) && (exclusive || !stored)));

    /// <summary>Compares each field of one map with each field of the same response name in another.</summary>
    private void CompareMaps(List<Conflict>? sink, bool exclusive, FieldMap map1, FieldMap map2)
    {
        if (map1.Groups.Count == 0 || map2.Groups.Count == 0)
        {
            return;
        }

        if (map1.Groups.Count <= map2.Groups.Count)
        {
            foreach (var group1 in map1.Groups)
            {
                Spend(1);
                if (map2.Find(group1.ResponseName) is { } group2)
                {
                    ComparePairsAcross(sink, exclusive, group1.ResponseName, group1.Fields, group2.Fields);
                }
            }

            return;
        }

        // Look the smaller map up in the larger one, then restore the order of the first map's response names.
        var shared = new List<(FieldGroup Group1, FieldGroup Group2)>();
        foreach (var group2 in map2.Groups)
        {
            Spend(1);
            if (map1.Find(group2.ResponseName) is { } group1)
            {
                shared.Add((group1, group2));
            }
        }

        shared.Sort(static (a, b) => a.Group1.Index.CompareTo(b.Group1.Index));
        foreach (var (group1, group2) in shared)
        {
            ComparePairsAcross(sink, exclusive, group1.ResponseName, group1.Fields, group2.Fields);
        }
    }

    /// <summary>
    /// The conflict between two fields of one response name, if any. <paramref name="parentsExclusive"/>
    /// says that the fields they belong to can never apply to the same object.
    /// </summary>
    private Conflict? FindConflict(bool parentsExclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        ComparisonCount++;
        Spend(1);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new WorkLimitExceededException();
        }

        // Different object types never describe the same object: only the response shapes must agree.
        bool exclusive = parentsExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!exclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return DifferentFields(responseName, node1, node2);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return DifferentArguments(responseName, node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return DifferentShapes(responseName, node1, node2, type1, type2);
        }

        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var inner = FindConflictsBetweenSubSelections(exclusive, type1?.Named, set1, type2?.Named, set2);
            if (inner.Count > 0)
            {
                return SubSelectionConflict(responseName, node1, node2, inner);
            }
        }

        return null;
    }

    /// <summary>SameResponseShape for the types themselves: wrappers must match, and leaf types must be the same type.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (!ReferenceEquals(type1, type2))
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
            }
            else if (type2 is ListType)
            {
                return true;
            }
            else if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
            }
            else if (type2 is NonNullType)
            {
                return true;
            }
            else
            {
                // Distinct named types: a conflict if either is a leaf; composite results are compared field by field.
                return type1.Named.IsLeafType || type2.Named.IsLeafType;
            }
        }

        return false;
    }

    /// <summary>
    /// Identical sets of arguments: as many on both sides, and each argument of the first field with an
    /// equal value on the second (the last one of that name, should a name repeat).
    /// </summary>
    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument in arguments1)
        {
            var value2 = FindLastArgument(arguments2, argument.Name.Value);
            if (value2 is null || !ValuesEqual(argument.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueNode? FindLastArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Values written the same way: same kinds and literal text, string values of the same form (block or
    /// not), lists item by item, objects field by field in name order.
    /// </summary>
    private static bool ValuesEqual(ValueNode value1, ValueNode value2)
    {
        if (value1.Kind != value2.Kind)
        {
            return false;
        }

        switch (value1)
        {
            case VariableNode variable:
                return variable.Name.Value == ((VariableNode)value2).Name.Value;
            case IntValueNode i:
                return i.Value == ((IntValueNode)value2).Value;
            case FloatValueNode f:
                return f.Value == ((FloatValueNode)value2).Value;
            case StringValueNode s:
                var s2 = (StringValueNode)value2;
                return s.Block == s2.Block && s.Value == s2.Value;
            case BooleanValueNode b:
                return b.Value == ((BooleanValueNode)value2).Value;
            case EnumValueNode e:
                return e.Value == ((EnumValueNode)value2).Value;
            case ListValueNode list:
                var items2 = ((ListValueNode)value2).Values;
                if (list.Values.Count != items2.Count)
                {
                    return false;
                }

                for (int i = 0; i < items2.Count; i++)
                {
                    if (!ValuesEqual(list.Values[i], items2[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode obj:
                var fields2 = ((ObjectValueNode)value2).Fields;
                if (obj.Fields.Count != fields2.Count)
                {
                    return false;
                }

                var sorted1 = SortedByName(obj.Fields);
                var sorted2 = SortedByName(fields2);
                for (int i = 0; i < sorted1.Length; i++)
                {
                    if (sorted1[i].Name.Value != sorted2[i].Name.Value || !ValuesEqual(sorted1[i].Value, sorted2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true; // null
        }
    }

    /// <summary>Object fields sorted by name, keeping the written order of repeated names.</summary>
    private static ObjectFieldNode[] SortedByName(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new ObjectFieldNode[fields.Count];
        if (sorted.Length > InsertionSortLimit)
        {
            var order = new int[sorted.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                int byName = string.CompareOrdinal(fields[a].Name.Value, fields[b].Name.Value);
                return byName != 0 ? byName : a.CompareTo(b);
            });
            for (int i = 0; i < order.Length; i++)
            {
                sorted[i] = fields[order[i]];
            }

            return sorted;
        }

        for (int i = 0; i < sorted.Length; i++)
        {
            var field = fields[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(sorted[j].Name.Value, field.Name.Value) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = field;
        }

        return sorted;
    }

    /// <summary>An ordered pair of fragment definitions, compared by reference.</summary>
    private readonly struct FragmentPair(FragmentDefinitionNode first, FragmentDefinitionNode second) : IEquatable<FragmentPair>
    {
        private readonly FragmentDefinitionNode _first = first;
        private readonly FragmentDefinitionNode _second = second;

        public bool Equals(FragmentPair other) => ReferenceEquals(_first, other._first) && ReferenceEquals(_second, other._second);

        public override bool Equals(object? obj) => obj is FragmentPair other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_first), RuntimeHelpers.GetHashCode(_second));
    }
}
