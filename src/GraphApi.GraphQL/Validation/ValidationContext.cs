using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// What a rule sees during one validation run: the schema, the document, the type information at the
/// current node, helpers shared by several rules, and the error sink.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>? _spreadsBySelectionSet;
    private Dictionary<ExecutableDefinitionNode, IReadOnlyList<FragmentDefinitionNode>>? _recursiveFragments;
    private Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? _recursiveVariableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableNode>>? _recursiveVariables;

    // The usages of the definition the document walk is in, recorded as it goes (see RecordVariableUsage);
    // the list is created on the first usage, since most definitions have none.
    private bool _recordingDefinition;
    private List<VariableUsage>? _recording;
    private bool _inVariableDefinition;

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>Types at the node being visited: parent type, field definition, input type, argument, ...</summary>
    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Reports an error citing the spec section <paramref name="specAnchor"/> (e.g. <c>Field-Selection-Merging</c>).</summary>
    public void ReportError(string message, string specAnchor, params ReadOnlySpan<SyntaxNode> nodes)
    {
        var locations = new List<Language.SourceLocation>(nodes.Length);
        var source = Document.Source;
        if (source is not null)
        {
            foreach (var node in nodes)
            {
                if (!node.Location.IsNone)
                {
                    locations.Add(source.GetLocation(node.Location.Start));
                }
            }
        }

        // graphql-js stops at 100 errors by default: a hostile document must not make the validator
        // allocate an unbounded error list. The next error past the cap ends the walk.
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException();
        }

        _errors.Add(new GraphQLError(
            message,
            locations,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.ValidationFailed,
                ["specifiedBy"] = SpecSections.Url(specAnchor),
            }));
    }

    /// <summary>
    /// The fragment definition named <paramref name="name"/>, or null. Of duplicates the last one wins, as in
    /// graphql-js, so that rules following spreads report the same errors for documents with duplicate names.
    /// </summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads directly in a selection set, including those nested in inline fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _spreadsBySelectionSet ??= new(ReferenceEqualityComparer.Instance);
        if (_spreadsBySelectionSet.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            for (int i = 0; i < set.Selections.Count; i++)
            {
                var selection = set.Selections[i];
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } s }:
                        stack.Push(s);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreadsBySelectionSet[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation or fragment reaches through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(ExecutableDefinitionNode definition)
    {
        _recursiveFragments ??= new(ReferenceEqualityComparer.Instance);
        if (_recursiveFragments.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(definition.SelectionSet);
        while (toVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(toVisit.Pop()))
            {
                if (collected.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[definition] = fragments;
        return fragments;
    }

    /// <summary>
    /// The variables used directly in an operation or fragment, with the input type expected where each is used.
    /// Recorded by the document walk once it has walked the definition; asked for earlier, they are computed by
    /// a walk of that definition alone with its own type information.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        _variableUsages ??= new(ReferenceEqualityComparer.Instance);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variable usages of an operation and of every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= new(ReferenceEqualityComparer.Instance);
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            var list = new List<VariableUsage>(GetVariableUsages(operation));
            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                list.AddRange(GetVariableUsages(fragment));
            }

            usages = list;
            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    /// <summary>
    /// The variables of <see cref="GetRecursiveVariableUsages"/>, in the same order, without their types. Read
    /// from the syntax alone, so rules that need only the names can ask on entering an operation, before the
    /// walk has reached its fragments, without the cost of walking them with type information.
    /// </summary>
    public IReadOnlyList<VariableNode> GetRecursiveVariables(OperationDefinitionNode operation)
    {
        _recursiveVariables ??= new(ReferenceEqualityComparer.Instance);
        if (!_recursiveVariables.TryGetValue(operation, out var variables))
        {
            var list = new List<VariableNode>();
            DefinitionVariables.Collect(operation, list);
            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                DefinitionVariables.Collect(fragment, list);
            }

            variables = list;
            _recursiveVariables[operation] = variables;
        }

        return variables;
    }

    // ---- Recording by the document walk ----
    // The walk of the whole document gives each operation and fragment the same type information as a walk
    // of it alone, so the usages it meets are those GetVariableUsages would compute; recording them saves a
    // second walk of every definition for the rules that look at usages after the document walk.

    internal void BeginDefinition()
    {
        _recording = null;
        _recordingDefinition = true;
    }

    internal void EndDefinition(ExecutableDefinitionNode definition)
    {
        _variableUsages ??= new(ReferenceEqualityComparer.Instance);
        _variableUsages.TryAdd(definition, (IReadOnlyList<VariableUsage>?)_recording ?? []);
        _recording = null;
        _recordingDefinition = false;
    }

    internal void EnterVariableDefinition() => _inVariableDefinition = true;

    internal void LeaveVariableDefinition() => _inVariableDefinition = false;

    /// <summary>Called with every variable value the walk enters, after <see cref="TypeInfo"/> has entered it.</summary>
    internal void RecordVariableUsage(VariableNode variable)
    {
        if (_recordingDefinition && !_inVariableDefinition)
        {
            var defaultValue = TypeInfo.DefaultValue;
            (_recording ??= []).Add(new VariableUsage(variable, TypeInfo.InputType, defaultValue, defaultValue is not null));
        }
    }
}

/// <summary>A variable used as a value, with the input type and default value at the place of use.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, bool HasDefaultValue);

internal sealed class ValidationAbortedException : Exception;
