using System.Text;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// "Did you mean ...?" hints for error messages: the known names closest to a misspelt one. Only runs on
/// the error path, so it favours clarity over speed.
/// </summary>
internal static class NameSuggestions
{
    /// <summary>Messages list at most this many suggestions; more would bury the message.</summary>
    private const int MaxShown = 5;

    /// <summary>
    /// The candidates close enough to <paramref name="input"/> to be a likely typo of it, closest first,
    /// ties in ordinal order so that messages are deterministic.
    /// </summary>
    public static List<string> Rank(string input, IEnumerable<string> candidates)
    {
        // Allow roughly two edits per five characters: enough for typos, not for unrelated names.
        int threshold = input.Length * 2 / 5 + 1;
        var ranked = new List<(string Name, int Distance)>();
        foreach (var candidate in candidates)
        {
            int distance = Distance(input, candidate, threshold);
            if (distance <= threshold)
            {
                ranked.Add((candidate, distance));
            }
        }

        ranked.Sort(static (a, b) => a.Distance != b.Distance
            ? a.Distance.CompareTo(b.Distance)
            : string.CompareOrdinal(a.Name, b.Name));
        var names = new List<string>(ranked.Count);
        foreach (var (name, _) in ranked)
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// <c> Did you mean "a", "b" or "c"?</c> (with <paramref name="prefix"/> after "mean"), or the empty
    /// string when there is nothing to suggest.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? prefix = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder(" Did you mean ");
        if (prefix is not null)
        {
            text.Append(prefix).Append(' ');
        }

        int count = Math.Min(suggestions.Count, MaxShown);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(i == count - 1 ? " or " : ", ");
            }

            text.Append('"').Append(suggestions[i]).Append('"');
        }

        return text.Append('?').ToString();
    }

    /// <summary>
    /// Edit distance (insertions, deletions, substitutions and swaps of adjacent characters) ignoring case,
    /// except that a name differing from the input only in case counts as one edit. Returns a value above
    /// <paramref name="threshold"/> as soon as the distance is known to exceed it.
    /// </summary>
    internal static int Distance(string input, string candidate, int threshold)
    {
        if (string.Equals(input, candidate, StringComparison.Ordinal))
        {
            return 0;
        }

        if (string.Equals(input, candidate, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (Math.Abs(input.Length - candidate.Length) > threshold)
        {
            return threshold + 1;
        }

        string a = input.ToLowerInvariant();
        string b = candidate.ToLowerInvariant();

        // Three rolling rows: the swap of adjacent characters looks two rows back.
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, beforePrevious[j - 2] + 1);
                }

                current[j] = cell;
                rowMinimum = Math.Min(rowMinimum, cell);
            }

            if (rowMinimum > threshold)
            {
                return threshold + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
