using System.Text;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.2 Fragment Spreads Must Not Form Cycles — https://spec.graphql.org/draft/#sec-Fragment-Spreads-Must-Not-Form-Cycles.
/// A depth-first search over the spread graph, started at each fragment definition in document order, never
/// entering a fragment twice. Each cycle is therefore reported once, at the spreads that form it (from the
/// fragment where the search first met the cycle back to itself), like graphql-js's NoFragmentCyclesRule.
/// The search keeps its own stack so that a long chain of fragments cannot overflow the call stack.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spreads-Must-Not-Form-Cycles";

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    // The spreads from the search's starting fragment to the current one, and for each fragment on that
    // path the index in it of the first spread inside that fragment.
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByFragment = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (!TryEnter(node))
        {
            return;
        }

        while (_frames.Count > 0)
        {
            var frame = _frames.Pop();
            if (frame.Next == frame.Spreads.Count)
            {
                _pathIndexByFragment.Remove(frame.FragmentName);
                if (_frames.Count > 0)
                {
                    // Done with this fragment: drop the spread that led into it.
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            _frames.Push(frame with { Next = frame.Next + 1 });
            var spread = frame.Spreads[frame.Next];
            _spreadPath.Add(spread);
            if (_pathIndexByFragment.TryGetValue(spread.Name.Value, out var cycleStart))
            {
                ReportCycle(spread.Name.Value, cycleStart);
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            else if (Context.GetFragment(spread.Name.Value) is not { } target || !TryEnter(target))
            {
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
        }
    }

    /// <summary>Marks a fragment visited and, unless it spreads nothing, opens a frame over its spreads.</summary>
    private bool TryEnter(FragmentDefinitionNode fragment)
    {
        if (!_visited.Add(fragment.Name.Value))
        {
            return false;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _pathIndexByFragment[fragment.Name.Value] = _spreadPath.Count;
        _frames.Push(new Frame(fragment.Name.Value, spreads, 0));
        return true;
    }

    private void ReportCycle(string fragmentName, int cycleStart)
    {
        var cycle = new SyntaxNode[_spreadPath.Count - cycleStart];
        var chain = new StringBuilder(fragmentName);
        for (int i = 0; i < cycle.Length; i++)
        {
            var spread = _spreadPath[cycleStart + i];
            cycle[i] = spread;
            chain.Append(" -> ").Append(spread.Name.Value);
        }

        Context.ReportError($"Fragment \"{fragmentName}\" spreads itself ({chain}): fragment spreads must not form cycles.", SpecAnchor, cycle);
    }

    private readonly record struct Frame(string FragmentName, IReadOnlyList<FragmentSpreadNode> Spreads, int Next);
}
