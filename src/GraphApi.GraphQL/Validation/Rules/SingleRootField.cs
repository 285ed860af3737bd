using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.4.1 Single Root Field — https://spec.graphql.org/draft/#sec-Single-Root-Field.
/// Collects a subscription's root fields as CollectSubscriptionFields() does (through inline fragments and
/// fragment spreads whose type condition applies to the subscription root type) and reports, in this order:
/// every <c>@skip</c>/<c>@include</c> on a collected selection (one error, and nothing else for that
/// operation); no root field, at the selection set; more than one response key, at the fields of every
/// key after the first; and each response key whose field is an introspection field, at its fields.
/// </summary>
public sealed class SingleRootField : ValidationVisitor
{
    public const string SpecAnchor = "Single-Root-Field";

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        // Without a subscription root type §5.2.1.1 Operation Type Existence reports the operation.
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var collected = new CollectedRootFields();
        Collect(subscriptionType, node.SelectionSet, collected);

        var subject = node.Name is null ? "Anonymous subscription" : $"Subscription \"{node.Name.Value}\"";
        if (collected.ForbiddenDirectives.Count > 0)
        {
            Context.ReportError(
                $"{subject} must not use @skip or @include on its root selections: its single root field must be known without variables.",
                SpecAnchor,
                [.. collected.ForbiddenDirectives]);
            return;
        }

        var groups = collected.FieldsByResponseKey;
        if (groups.Count == 0)
        {
            Context.ReportError($"{subject} must select exactly one root field, but selects none.", SpecAnchor, node.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            var extraFields = new List<SyntaxNode>();
            var keys = new List<string>(groups.Count);
            for (int i = 0; i < groups.Count; i++)
            {
                keys.Add("\"" + groups[i][0].ResponseKey + "\"");
                if (i > 0)
                {
                    extraFields.AddRange(groups[i]);
                }
            }

            Context.ReportError(
                $"{subject} must select exactly one root field, but selects {groups.Count}: {string.Join(", ", keys)}.",
                SpecAnchor,
                [.. extraFields]);
        }

        foreach (var fields in groups)
        {
            var fieldName = fields[0].Name.Value;
            if (fieldName.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(
                    $"{subject} must not select the introspection field \"{fieldName}\" as its root field.",
                    SpecAnchor,
                    [.. fields]);
            }
        }
    }

    /// <summary>
    /// CollectSubscriptionFields() without recursion, so that long chains of fragments cannot exhaust the
    /// stack: a stack of (selection set, next selection) frames visits selections in document order.
    /// </summary>
    private void Collect(ObjectType rootType, SelectionSetNode rootSelectionSet, CollectedRootFields collected)
    {
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(SelectionSetNode Set, int Next)>();
        pending.Push((rootSelectionSet, 0));
        while (pending.Count > 0)
        {
            var (set, next) = pending.Pop();
            if (next >= set.Selections.Count)
            {
                continue;
            }

            pending.Push((set, next + 1));
            var selection = set.Selections[next];
            if (FindSkipOrInclude(selection.Directives) is { } forbidden)
            {
                collected.ForbiddenDirectives.Add(forbidden);
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    collected.Add(field);
                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(rootType, inline.TypeCondition):
                    pending.Push((inline.SelectionSet, 0));
                    break;
                case FragmentSpreadNode spread
                    when Context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(rootType, fragment.TypeCondition)
                        && visitedFragments.Add(spread.Name.Value):
                    pending.Push((fragment.SelectionSet, 0));
                    break;
            }
        }
    }

    /// <summary>
    /// The directive that makes a root selection depend on variables: the first @skip, else the first
    /// @include (graphql-js reports only that one per selection).
    /// </summary>
    private static DirectiveNode? FindSkipOrInclude(IReadOnlyList<DirectiveNode> directives)
    {
        DirectiveNode? include = null;
        foreach (var directive in directives)
        {
            switch (directive.Name.Value)
            {
                case "skip":
                    return directive;
                case "include":
                    include ??= directive;
                    break;
            }
        }

        return include;
    }

    /// <summary>DoesFragmentTypeApply() for the subscription root type; an unknown type never applies.</summary>
    private bool Applies(ObjectType rootType, NamedTypeNode typeCondition)
    {
        var conditionType = Context.Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(conditionType, rootType)
            || (conditionType is { IsAbstractType: true } && Context.Schema.IsPossibleType(conditionType, rootType));
    }

    /// <summary>The root fields grouped by response key, in the order the keys were first seen.</summary>
    private sealed class CollectedRootFields
    {
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);

        public List<List<FieldNode>> FieldsByResponseKey { get; } = [];

        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void Add(FieldNode field)
        {
            if (!_byKey.TryGetValue(field.ResponseKey, out var fields))
            {
                fields = [];
                _byKey.Add(field.ResponseKey, fields);
                FieldsByResponseKey.Add(fields);
            }

            fields.Add(field);
        }
    }
}
