using System.Text;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging — https://spec.graphql.org/draft/#sec-Field-Selection-Merging.
/// Fields that share a response name in a selection set, counting the fields of its inline fragments and
/// of the fragments it spreads, must merge: the same field with the same arguments unless their parent
/// object types differ (FieldsInSetCanMerge), result types of the same shape (SameResponseShape), and
/// sub-selections that merge in turn. A conflict is reported with the fields at fault and, when it lies
/// in the sub-selections, with the sub-fields that conflict.
/// </summary>
/// <remarks>
/// The comparison follows graphql-js's OverlappingFieldsCanBeMergedRule step by step, including its
/// memory of which fragment pairs it has compared already, so that both report the same conflicts at
/// the same places. Where graphql-js compares every pair of fields, fields whose comparison has no side
/// effects are compared once per pair of distinct shapes instead (FieldSelectionMerging.Shapes.cs), which
/// keeps thousands of repeated fields, aliases or fragment spreads linear. A work budget bounds the rest:
/// past it the document is rejected as too complex, as graphql-js rejects it past its own budget.
/// graphql-js's extra conflicts for the experimental <c>@stream</c> directive are not the spec's and are left out.
/// </remarks>
public sealed partial class FieldSelectionMerging : ValidationVisitor
{
    public const string SpecAnchor = "Field-Selection-Merging";

    /// <summary>Units of work (comparisons, lookups) one document may cost before the rule gives up.</summary>
    private const int WorkBudget = 500_000;

    /// <summary>Fields listed per side of a conflict, as graphql-js limits them.</summary>
    private const int MaxConflictNodes = 20;

    /// <summary>A reason made of sub-field conflicts is cut to about this many characters.</summary>
    private const int MaxReasonLength = 1000;

    /// <summary>Selection sets up to this size are first scanned for a repeated response name.</summary>
    private const int DistinctFieldsScanLimit = 16;

    private SelectionSetNode? _inlineFragmentSelectionSet;
    private bool _abandoned;
    private int _work;

    /// <summary>How many pairs of fields have been compared; tests use it to check that the work stays linear.</summary>
    internal int ComparisonCount { get; private set; }

    public override void EnterInlineFragment(InlineFragmentNode node) => _inlineFragmentSelectionSet = node.SelectionSet;

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        // An inline fragment's fields are compared as part of the selection set around it.
        if (_abandoned || ReferenceEquals(node, _inlineFragmentSelectionSet))
        {
            return;
        }

        var selections = node.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0].Kind != SyntaxKind.InlineFragment) || HasOnlyDistinctFields(selections))
        {
            return;
        }

        try
        {
            FindConflictsWithin(Context.TypeInfo.ParentType, node);
        }
        catch (WorkLimitExceededException)
        {
            _abandoned = true;
            Context.ReportError(
                "The selections of this document are too complex to check that fields with the same response name can be merged.",
                SpecAnchor);
        }
    }

    /// <summary>
    /// True for a small selection set of plain fields with distinct response names, the common case:
    /// nothing in it can conflict, so its field map is not even built.
    /// </summary>
    private static bool HasOnlyDistinctFields(IReadOnlyList<SelectionNode> selections)
    {
        if (selections.Count > DistinctFieldsScanLimit)
        {
            return false;
        }

        for (int i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            string key = field.ResponseKey;
            for (int j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseKey == key)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Counts work and stops the rule, through <see cref="WorkLimitExceededException"/>, once the budget is spent.</summary>
    private void Spend(int units)
    {
        _work += units;
        if (_work > WorkBudget)
        {
            throw new WorkLimitExceededException();
        }
    }

    /// <summary>
    /// Hands a conflict on: into <paramref name="sink"/> when it belongs to the sub-selections of a pair of
    /// fields being compared, else (a conflict of the selection set being visited) straight into the report.
    /// </summary>
    private void Emit(List<Conflict>? sink, Conflict conflict)
    {
        if (sink is not null)
        {
            sink.Add(conflict);
            return;
        }

        var nodes = new SyntaxNode[conflict.Fields1.Count + conflict.Fields2.Count];
        int n = 0;
        foreach (var field in conflict.Fields1)
        {
            nodes[n++] = field;
        }

        foreach (var field in conflict.Fields2)
        {
            nodes[n++] = field;
        }

        Context.ReportError(
            $"Fields with response name \"{conflict.ResponseName}\" cannot be merged: {conflict.Reason}. Give them different aliases to fetch both.",
            SpecAnchor,
            nodes);
    }

    private static Conflict DifferentFields(string responseName, FieldNode node1, FieldNode node2) =>
        new(responseName, $"they select different fields, \"{node1.Name.Value}\" and \"{node2.Name.Value}\"", [node1], [node2]);

    private static Conflict DifferentArguments(string responseName, FieldNode node1, FieldNode node2) =>
        new(responseName, "they have different arguments", [node1], [node2]);

    private static Conflict DifferentShapes(string responseName, FieldNode node1, FieldNode node2, GraphQLType type1, GraphQLType type2) =>
        new(responseName, $"their types \"{type1}\" and \"{type2}\" do not have the same shape", [node1], [node2]);

    /// <summary>A conflict of two fields that comes from conflicts in their sub-selections.</summary>
    private static Conflict SubSelectionConflict(string responseName, FieldNode node1, FieldNode node2, List<Conflict> inner)
    {
        var reason = new StringBuilder("their sub-selections conflict at ");
        for (int i = 0; i < inner.Count; i++)
        {
            if (i > 0)
            {
                reason.Append(" and at ");
            }

            reason.Append('"').Append(inner[i].ResponseName).Append("\" (").Append(inner[i].Reason).Append(')');
            if (reason.Length > MaxReasonLength)
            {
                break;
            }
        }

        string text = reason.Length > MaxReasonLength ? reason.ToString(0, MaxReasonLength) + "..." : reason.ToString();
        return new Conflict(responseName, text, ListNodes(node1, inner, first: true), ListNodes(node2, inner, first: false));
    }

    /// <summary>
    /// The field, then the fields at fault in each inner conflict on the same side, up to
    /// <see cref="MaxConflictNodes"/>; an inner conflict that does not fit keeps its last fields (as graphql-js).
    /// </summary>
    private static List<FieldNode> ListNodes(FieldNode node, List<Conflict> inner, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in inner)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            int remaining = MaxConflictNodes - nodes.Count;
            for (int i = Math.Max(0, side.Count - remaining); i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    /// <summary>Two selections of one response name that cannot merge, with the fields at fault on each side.</summary>
    private sealed class Conflict(string responseName, string reason, List<FieldNode> fields1, List<FieldNode> fields2)
    {
        public string ResponseName { get; } = responseName;

        public string Reason { get; } = reason;

        public List<FieldNode> Fields1 { get; } = fields1;

        public List<FieldNode> Fields2 { get; } = fields2;
    }

    /// <summary>Unwinds the comparison when the work budget is spent or the stack runs low.</summary>
    private sealed class WorkLimitExceededException : Exception;
}
