using System.Runtime.CompilerServices;
using System.Text;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// Comparing fields by shape keeps hostile documents linear. A field is pure when no fragment spread can
/// be reached through its sub-selections: comparing it then depends only on its parent type, response
/// name, field name, arguments and, recursively, its sub-selection, and leaves no trace in the fragment
/// pairs remembered for the document. Pure fields alike in all that share a shape id, and two pure
/// fields conflict exactly when any two fields of their shapes do. So a group of fields is compared once
/// per pair of distinct shapes, and then only the pairs that do conflict are compared again, to report
/// them with their own fields. Pairs that involve impure fields are compared one by one, as before.
/// Pairs are taken in the same order as in a plain double loop, so conflicts come out in the same order.
/// The same applies to fragments: two pure fragments (no spreads, pure fields) are compared only if some
/// of their fields conflict.
/// </summary>
public sealed partial class FieldSelectionMerging
{
    private const int Impure = -1;

    /// <summary>Up to this many pairs, fields or fragments are compared pair by pair without shapes.</summary>
    private const int SmallPairCount = 16;

    // Created on first use: most documents never compare enough pairs to need shapes.
    private Dictionary<NamedType, int>? _typeIds;
    private Dictionary<FieldShapeKey, int>? _fieldShapes;
    private Dictionary<string, int>? _mapShapes;
    private Dictionary<(int Shape1, int Shape2, bool Exclusive), bool>? _shapeConflicts;
    private StringBuilder? _mapKeyBuilder;
    private StringBuilder? _argumentsKeyBuilder;
    private int _lastShape;

    /// <summary>Compares every pair of fields in a group of one response name (parents never exclusive here).</summary>
    private void ComparePairsWithin(List<Conflict>? sink, FieldGroup group)
    {
        var fields = group.Fields;
        string responseName = group.ResponseName;
        int n = fields.Count;
        if (n * (n - 1) / 2 <= SmallPairCount)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    EmitConflict(sink, false, responseName, fields[i], fields[j]);
                }
            }

            return;
        }

        var index = IndexShapes(fields);
        var conflictingByShape = new Dictionary<int, List<int>>();
        var candidates = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var field = fields[i];
            candidates.Clear();
            if (field.Shape == Impure)
            {
                AddFrom(candidates, i + 1, n);
            }
            else
            {
                AddAfter(candidates, index.Impure, i);
                foreach (int shape in ConflictingShapes(false, responseName, field, fields, index, conflictingByShape, sameList: true))
                {
                    AddAfter(candidates, index.Members[shape], i);
                }

                candidates.Sort();
            }

            foreach (int j in candidates)
            {
                EmitConflict(sink, false, responseName, field, fields[j]);
            }
        }
    }

    /// <summary>Compares each field of one group with each field of another group of the same response name.</summary>
    private void ComparePairsAcross(List<Conflict>? sink, bool exclusive, string responseName, List<CollectedField> fields1, List<CollectedField> fields2)
    {
        if (fields1.Count * fields2.Count <= SmallPairCount)
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    EmitConflict(sink, exclusive, responseName, field1, field2);
                }
            }

            return;
        }

        var index = IndexShapes(fields2);
        var conflictingByShape = new Dictionary<int, List<int>>();
        var candidates = new List<int>();
        foreach (var field1 in fields1)
        {
            candidates.Clear();
            if (ShapeOf(field1) == Impure)
            {
                AddFrom(candidates, 0, fields2.Count);
            }
            else
            {
                candidates.AddRange(index.Impure);
                foreach (int shape in ConflictingShapes(exclusive, responseName, field1, fields2, index, conflictingByShape, sameList: false))
                {
                    candidates.AddRange(index.Members[shape]);
                }

                candidates.Sort();
            }

            foreach (int j in candidates)
            {
                EmitConflict(sink, exclusive, responseName, field1, fields2[j]);
            }
        }
    }

    /// <summary>Compares the fields of a selection set with each fragment it spreads, and those fragments pairwise.</summary>
    private void CompareFragmentsWithin(List<Conflict>? sink, FieldMap map, List<FragmentDefinitionNode> fragments)
    {
        int p = fragments.Count;
        FragmentIndex? index = p * (p - 1) / 2 > SmallPairCount ? IndexFragments(fragments) : null;
        var candidates = new List<int>();
        for (int i = 0; i < p; i++)
        {
            CompareFieldsWithFragment(sink, false, map, fragments[i]);
            candidates.Clear();
            if (index is null || !IsPure(fragments[i]))
            {
                AddFrom(candidates, i + 1, p);
            }
            else
            {
                AddAfter(candidates, index.Impure, i);
                AddConflictingFragments(candidates, false, fragments[i], index, after: i);
            }

            foreach (int j in candidates)
            {
                CompareFragments(sink, false, fragments[i], fragments[j]);
            }
        }
    }

    /// <summary>Compares each fragment of one sub-selection with each fragment of the other.</summary>
    private void CompareFragmentsAcross(List<Conflict> sink, bool exclusive, List<FragmentDefinitionNode> fragments1, List<FragmentDefinitionNode> fragments2)
    {
        FragmentIndex? index = fragments1.Count * fragments2.Count > SmallPairCount ? IndexFragments(fragments2) : null;
        var candidates = new List<int>();
        foreach (var fragment1 in fragments1)
        {
            candidates.Clear();
            if (index is null || !IsPure(fragment1))
            {
                AddFrom(candidates, 0, fragments2.Count);
            }
            else
            {
                candidates.AddRange(index.Impure);
                AddConflictingFragments(candidates, exclusive, fragment1, index, after: -1);
            }

            foreach (int j in candidates)
            {
                CompareFragments(sink, exclusive, fragment1, fragments2[j]);
            }
        }
    }

    private void EmitConflict(List<Conflict>? sink, bool exclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        if (FindConflict(exclusive, responseName, field1, field2) is { } conflict)
        {
            Emit(sink, conflict);
        }
    }

    /// <summary>
    /// The shapes among <paramref name="others"/> that conflict with the shape of <paramref name="field"/>,
    /// computed once per shape. Within one list, a shape conflicts with itself only if two of its fields do.
    /// </summary>
    private List<int> ConflictingShapes(
        bool exclusive,
        string responseName,
        CollectedField field,
        List<CollectedField> others,
        ShapeIndex index,
        Dictionary<int, List<int>> cache,
        bool sameList)
    {
        if (cache.TryGetValue(field.Shape, out var known))
        {
            return known;
        }

        var conflicting = new List<int>();
        foreach (int shape in index.Shapes)
        {
            var members = index.Members[shape];
            bool conflict;
            if (sameList && shape == field.Shape)
            {
                conflict = members.Count > 1 && ShapesConflict(exclusive, responseName, others[members[0]], others[members[1]]);
            }
            else
            {
                conflict = ShapesConflict(exclusive, responseName, field, others[members[0]]);
            }

            if (conflict)
            {
                conflicting.Add(shape);
            }
        }

        cache[field.Shape] = conflicting;
        return conflicting;
    }

    /// <summary>Whether two pure fields conflict, decided once per pair of shapes.</summary>
    private bool ShapesConflict(bool exclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        var key = (field1.Shape, field2.Shape, exclusive);
        var known = _shapeConflicts ??= [];
        if (!known.TryGetValue(key, out bool conflict))
        {
            conflict = FindConflict(exclusive, responseName, field1, field2) is not null;
            known[key] = conflict;
        }

        return conflict;
    }

    /// <summary>
    /// Adds the positions of the pure fragments in <paramref name="index"/> (above <paramref name="after"/>)
    /// that have a field conflicting with a field of <paramref name="fragment"/>, then sorts the candidates.
    /// </summary>
    private void AddConflictingFragments(List<int> candidates, bool exclusive, FragmentDefinitionNode fragment, FragmentIndex index, int after)
    {
        foreach (var group in GetFragmentFieldMap(fragment).Groups)
        {
            if (!index.ByResponseName.TryGetValue(group.ResponseName, out var others))
            {
                continue;
            }

            foreach (var field in group.Fields)
            {
                foreach (int shape in others.Shapes)
                {
                    var (representative, fragmentIndices) = others.Members[shape];
                    if (ShapesConflict(exclusive, group.ResponseName, field, representative))
                    {
                        AddAfter(candidates, fragmentIndices, after);
                    }
                }
            }
        }

        candidates.Sort();
        RemoveDuplicates(candidates);
    }

    private bool IsPure(FragmentDefinitionNode fragment) => MapShape(GetFragmentFieldMap(fragment)) != Impure;

    private ShapeIndex IndexShapes(List<CollectedField> fields)
    {
        var index = new ShapeIndex();
        for (int i = 0; i < fields.Count; i++)
        {
            int shape = ShapeOf(fields[i]);
            if (shape == Impure)
            {
                index.Impure.Add(i);
            }
            else if (index.Members.TryGetValue(shape, out var members))
            {
                members.Add(i);
            }
            else
            {
                index.Shapes.Add(shape);
                index.Members[shape] = [i];
            }
        }

        return index;
    }

    private FragmentIndex IndexFragments(List<FragmentDefinitionNode> fragments)
    {
        var index = new FragmentIndex();
        for (int i = 0; i < fragments.Count; i++)
        {
            var map = GetFragmentFieldMap(fragments[i]);
            if (MapShape(map) == Impure)
            {
                index.Impure.Add(i);
                continue;
            }

            foreach (var group in map.Groups)
            {
                if (!index.ByResponseName.TryGetValue(group.ResponseName, out var byShape))
                {
                    byShape = new FragmentsByShape();
                    index.ByResponseName[group.ResponseName] = byShape;
                }

                foreach (var field in group.Fields)
                {
                    if (byShape.Members.TryGetValue(field.Shape, out var entry))
                    {
                        if (entry.Fragments[^1] != i)
                        {
                            entry.Fragments.Add(i);
                        }
                    }
                    else
                    {
                        byShape.Shapes.Add(field.Shape);
                        byShape.Members[field.Shape] = (field, [i]);
                    }
                }
            }
        }

        return index;
    }

    /// <summary>The shape id of a field, or <see cref="Impure"/> if a fragment spread is reachable through its sub-selection.</summary>
    private int ShapeOf(CollectedField field)
    {
        if (field.Shape != 0)
        {
            return field.Shape;
        }

        int selectionShape = 0;
        if (field.Node.SelectionSet is { } selectionSet)
        {
            selectionShape = MapShape(GetFieldMap(field.Definition?.Type.Named, selectionSet));
            if (selectionShape == Impure)
            {
                field.Shape = Impure;
                return Impure;
            }
        }

        var node = field.Node;
        var key = new FieldShapeKey(TypeId(field.ParentType), node.ResponseKey, node.Name.Value, ArgumentsKey(node.Arguments), selectionShape);
        var shapes = _fieldShapes ??= [];
        if (!shapes.TryGetValue(key, out int shape))
        {
            shape = ++_lastShape;
            shapes.Add(key, shape);
        }

        field.Shape = shape;
        return shape;
    }

    /// <summary>The shape id of a field map: the shapes of its fields, group by group; <see cref="Impure"/> if it spreads fragments.</summary>
    private int MapShape(FieldMap map)
    {
        if (map.Shape != 0)
        {
            return map.Shape;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new WorkLimitExceededException();
        }

        if (map.SpreadCount > 0)
        {
            return map.Shape = Impure;
        }

        foreach (var group in map.Groups)
        {
            foreach (var field in group.Fields)
            {
                if (ShapeOf(field) == Impure)
                {
                    return map.Shape = Impure;
                }
            }
        }

        // Built only after the fields' shapes, whose computation may build keys of sub-selections.
        var key = (_mapKeyBuilder ??= new StringBuilder()).Clear();
        foreach (var group in map.Groups)
        {
            key.Append(group.Fields.Count).Append(':');
            foreach (var field in group.Fields)
            {
                key.Append(field.Shape).Append(',');
            }

            key.Append(';');
        }

        string text = key.ToString();
        var shapes = _mapShapes ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!shapes.TryGetValue(text, out int shape))
        {
            shape = ++_lastShape;
            shapes.Add(text, shape);
        }

        return map.Shape = shape;
    }

    private int TypeId(NamedType? type)
    {
        if (type is null)
        {
            return 0;
        }

        var ids = _typeIds ??= new Dictionary<NamedType, int>(ReferenceEqualityComparer.Instance);
        if (!ids.TryGetValue(type, out int id))
        {
            id = ids.Count + 1;
            ids.Add(type, id);
        }

        return id;
    }

    /// <summary>A text that is equal for two argument lists exactly when they are written alike (see <see cref="ValuesEqual"/>).</summary>
    private string ArgumentsKey(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        var key = (_argumentsKeyBuilder ??= new StringBuilder()).Clear();
        foreach (var argument in arguments)
        {
            key.Append(argument.Name.Value).Append('(');
            AppendValueKey(key, argument.Value);
            key.Append(')');
        }

        return key.ToString();
    }

    /// <summary>Appends a value so that each kind is tagged and strings are length-prefixed: no two different values read the same.</summary>
    private static void AppendValueKey(StringBuilder key, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                key.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode i:
                key.Append('i').Append(i.Value);
                break;
            case FloatValueNode f:
                key.Append('f').Append(f.Value);
                break;
            case StringValueNode s:
                key.Append(s.Block ? 'B' : 'S').Append(s.Value.Length).Append(':').Append(s.Value);
                break;
            case BooleanValueNode b:
                key.Append(b.Value ? "T" : "F");
                break;
            case EnumValueNode e:
                key.Append('e').Append(e.Value);
                break;
            case ListValueNode list:
                key.Append('[');
                foreach (var item in list.Values)
                {
                    AppendValueKey(key, item);
                    key.Append(',');
                }

                key.Append(']');
                break;
            case ObjectValueNode obj:
                key.Append('{');
                foreach (var field in SortedByName(obj.Fields))
                {
                    key.Append(field.Name.Value).Append(':');
                    AppendValueKey(key, field.Value);
                    key.Append(',');
                }

                key.Append('}');
                break;
            default:
                key.Append('N');
                break;
        }
    }

    /// <summary>Adds the numbers from <paramref name="start"/> up to <paramref name="end"/> (exclusive).</summary>
    private static void AddFrom(List<int> candidates, int start, int end)
    {
        for (int j = start; j < end; j++)
        {
            candidates.Add(j);
        }
    }

    /// <summary>Adds the entries of an ascending list that are greater than <paramref name="after"/>.</summary>
    private static void AddAfter(List<int> candidates, List<int> ascending, int after)
    {
        int k = ascending.BinarySearch(after);
        for (k = k >= 0 ? k + 1 : ~k; k < ascending.Count; k++)
        {
            candidates.Add(ascending[k]);
        }
    }

    /// <summary>Removes repeated entries of a sorted list.</summary>
    private static void RemoveDuplicates(List<int> sorted)
    {
        int write = 0;
        for (int read = 0; read < sorted.Count; read++)
        {
            if (write == 0 || sorted[read] != sorted[write - 1])
            {
                sorted[write++] = sorted[read];
            }
        }

        sorted.RemoveRange(write, sorted.Count - write);
    }

    /// <summary>What makes two pure fields compare alike.</summary>
    private readonly record struct FieldShapeKey(int ParentType, string ResponseName, string Name, string Arguments, int Selection);

    /// <summary>The fields of a group by shape: each shape's member positions (ascending), and the impure ones.</summary>
    private sealed class ShapeIndex
    {
        public List<int> Impure { get; } = [];

        /// <summary>Distinct shapes in order of first appearance.</summary>
        public List<int> Shapes { get; } = [];

        public Dictionary<int, List<int>> Members { get; } = [];
    }

    /// <summary>The fragments of a list: the impure ones, and for the pure ones their fields by response name and shape.</summary>
    private sealed class FragmentIndex
    {
        public List<int> Impure { get; } = [];

        public Dictionary<string, FragmentsByShape> ByResponseName { get; } = new(StringComparer.Ordinal);
    }

    private sealed class FragmentsByShape
    {
        public List<int> Shapes { get; } = [];

        /// <summary>For each shape, one field of that shape and the (ascending) positions of the fragments with such a field.</summary>
        public Dictionary<int, (CollectedField Representative, List<int> Fragments)> Members { get; } = [];
    }
}
