namespace GraphApi.GraphQL.Errors;

/// <summary>English enumerations for error messages: <c>a, b, and c</c> / <c>a, b, or c</c>.</summary>
internal static class Lists
{
    public static string And(IEnumerable<string> items) => Join("and", items.ToList());

    public static string Or(IEnumerable<string> items) => Join("or", items.ToList());

    private static string Join(string conjunction, List<string> items) => items.Count switch
    {
        0 => throw new ArgumentException("An enumeration needs at least one item.", nameof(items)),
        1 => items[0],
        2 => $"{items[0]} {conjunction} {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", " + conjunction + " " + items[^1],
    };
}
