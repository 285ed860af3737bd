namespace GraphApi.GraphQL.Errors;

/// <summary>
/// "Did you mean" hints for unknown names, chosen and ordered the way graphql-js chooses them so that messages
/// agree: options within an edit distance of 40% of the input's length, closest first, ties in natural order.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, best first.</summary>
    public static List<string> For(string input, IEnumerable<string> options)
    {
        int threshold = (input.Length * 4 / 10) + 1;
        var inputLower = input.ToLowerInvariant();
        var scored = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            int? distance = Distance(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                scored.Add((option, d));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        return scored.ConvertAll(s => s.Option);
    }

    /// <summary>" Did you mean "a" or "b"?" (with an optional subject, e.g. "the enum value"), or "" without suggestions.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"");
        return " Did you mean " + (subject is null ? "" : subject + " ") + Lists.Or(quoted) + "?";
    }

    /// <summary>
    /// Case-insensitive Damerau-Levenshtein distance (optimal string alignment), or null when above the
    /// threshold. A case-only difference counts as 1 so that exact matches rank first.
    /// </summary>
    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        string a = optionLower, b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (int r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (int j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            int smallest = current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        int distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Orders strings with digit runs compared by value ("a2" before "a10"), as graphql-js's naturalCompare.</summary>
    private static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                double numberA = ReadNumber(a, ref i);
                double numberB = ReadNumber(b, ref j);
                if (numberA != numberB)
                {
                    return numberA < numberB ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>A run of digits read as a number; a leading zero is a number of its own, as in graphql-js.</summary>
    private static double ReadNumber(string s, ref int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (s[index] - '0');
            index++;
        }
        while (index < s.Length && char.IsAsciiDigit(s[index]) && value > 0);

        return value;
    }
}
