using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Errors;

/// <summary>
/// An error in the shape of the response format (spec §7.1.2 Errors): a message, the locations in the
/// document it refers to, the path of the field it happened in (execution only) and extensions such as
/// <c>code</c> and <c>specifiedBy</c>.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to the field in error.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>Locations of <paramref name="nodes"/> in <paramref name="source"/>, in the order given.</summary>
    public static IReadOnlyList<SourceLocation> LocationsOf(Source? source, IEnumerable<SyntaxNode> nodes)
    {
        if (source is null)
        {
            return [];
        }

        var list = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (!node.Location.IsNone)
            {
                list.Add(source.GetLocation(node.Location.Start));
            }
        }

        return list;
    }

    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}

/// <summary>The <c>extensions.code</c> values the engine produces.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string InvalidSchema = "GRAPHQL_INVALID_SCHEMA";
}

/// <summary>Links to the sections of the GraphQL specification that errors cite in <c>extensions.specifiedBy</c>.</summary>
public static class SpecSections
{
    public const string Base = "https://spec.graphql.org/draft/";

    /// <summary>The URL of a section by its anchor, e.g. <c>Field-Selection-Merging</c>.</summary>
    public static string Url(string anchor) => Base + "#sec-" + anchor;
}
