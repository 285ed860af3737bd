using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>The fields of a selection set grouped by response name, with the fragments it spreads.</summary>
public sealed partial class FieldSelectionMerging
{
    /// <summary>Up to this many spreads, duplicates are found by scanning instead of hashing.</summary>
    private const int DistinctSpreadsLinearLimit = 8;

    private static readonly List<FragmentDefinitionNode> NoFragments = [];

    private Dictionary<FieldMapKey, FieldMap>? _fieldMaps;

    /// <summary>
    /// The field map of <paramref name="selectionSet"/> read as selections on <paramref name="parentType"/>,
    /// built once per document (the spec's "set of selections with a given response name").
    /// </summary>
    private FieldMap GetFieldMap(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new FieldMapKey(parentType, selectionSet);
        var maps = _fieldMaps ??= [];
        if (!maps.TryGetValue(key, out var map))
        {
            map = new FieldMap();
            Collect(parentType, selectionSet, map);
            maps[key] = map;
        }

        return map;
    }

    private FieldMap GetFragmentFieldMap(FragmentDefinitionNode fragment) =>
        GetFieldMap(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap map)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new WorkLimitExceededException();
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Only declared fields: meta-fields such as __typename have no definition here, as in graphql-js.
                    var definition = parentType is FieldsType fieldsType ? fieldsType.Fields[field.Name.Value] : null;
                    map.Add(field.ResponseKey, new CollectedField(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    (map.Spreads ??= []).Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null
                        ? parentType
                        : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                    Collect(inlineType, inline.SelectionSet, map);
                    break;
            }
        }
    }

    /// <summary>The fragments a field map spreads, each once, in order of first spread; unknown fragments are left out.</summary>
    private List<FragmentDefinitionNode> GetFragments(FieldMap map)
    {
        if (map.Fragments is { } cached)
        {
            return cached;
        }

        if (map.Spreads is null)
        {
            return map.Fragments = NoFragments;
        }

        var fragments = new List<FragmentDefinitionNode>(map.Spreads.Count);
        HashSet<FragmentDefinitionNode>? seen = map.Spreads.Count > DistinctSpreadsLinearLimit
            ? new HashSet<FragmentDefinitionNode>(ReferenceEqualityComparer.Instance)
            : null;
        foreach (var spread in map.Spreads)
        {
            if (Context.GetFragment(spread.Name.Value) is { } fragment
                && (seen is null ? !fragments.Contains(fragment) : seen.Add(fragment)))
            {
                fragments.Add(fragment);
            }
        }

        return map.Fragments = fragments;
    }

    /// <summary>A field of a field map: the node, the type it was selected on and its definition there (if any).</summary>
    private sealed class CollectedField(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>The field's shape id (see FieldSelectionMerging.Shapes.cs); 0 until computed.</summary>
        public int Shape { get; set; }
    }

    /// <summary>The fields of one response name, in document order.</summary>
    private sealed class FieldGroup(string responseName, int index)
    {
        public string ResponseName { get; } = responseName;

        /// <summary>The position of the group in its map, i.e. the order response names were first seen.</summary>
        public int Index { get; } = index;

        public List<CollectedField> Fields { get; } = [];
    }

    private sealed class FieldMap
    {
        private const int LinearLookupLimit = 8;

        private Dictionary<string, FieldGroup>? _byName;

        public List<FieldGroup> Groups { get; } = [];

        /// <summary>Every fragment spread, duplicates and unknown names included.</summary>
        public List<FragmentSpreadNode>? Spreads { get; set; }

        public int SpreadCount => Spreads?.Count ?? 0;

        public List<FragmentDefinitionNode>? Fragments { get; set; }

        /// <summary>The fragments this map has been compared with, and whether that comparison assumed mutually exclusive parents.</summary>
        public Dictionary<FragmentDefinitionNode, bool>? ComparedFragments { get; set; }

        /// <summary>The map's shape id (see FieldSelectionMerging.Shapes.cs); 0 until computed.</summary>
        public int Shape { get; set; }

        public FieldGroup? Find(string responseName)
        {
            if (_byName is not null)
            {
                return _byName.GetValueOrDefault(responseName);
            }

            foreach (var group in Groups)
            {
                if (group.ResponseName == responseName)
                {
                    return group;
                }
            }

            return null;
        }

        public void Add(string responseName, CollectedField field)
        {
            var group = Find(responseName);
            if (group is null)
            {
                group = new FieldGroup(responseName, Groups.Count);
                Groups.Add(group);
                if (_byName is not null)
                {
                    _byName[responseName] = group;
                }
                else if (Groups.Count > LinearLookupLimit)
                {
                    _byName = new Dictionary<string, FieldGroup>(Groups.Count * 2, StringComparer.Ordinal);
                    foreach (var g in Groups)
                    {
                        _byName[g.ResponseName] = g;
                    }
                }
            }

            group.Fields.Add(field);
        }
    }

    /// <summary>A selection set read as selections on a given type: the key of a field map.</summary>
    private readonly struct FieldMapKey(NamedType? parentType, SelectionSetNode selectionSet) : IEquatable<FieldMapKey>
    {
        private readonly NamedType? _parentType = parentType;
        private readonly SelectionSetNode _selectionSet = selectionSet;

        public bool Equals(FieldMapKey other) =>
            ReferenceEquals(_parentType, other._parentType) && ReferenceEquals(_selectionSet, other._selectionSet);

        public override bool Equals(object? obj) => obj is FieldMapKey other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(_selectionSet), _parentType is null ? 0 : RuntimeHelpers.GetHashCode(_parentType));
    }
}
