using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

/// <summary>An argument of a directive as SDL validation needs it: its type as written and whether it must be given.</summary>
internal readonly record struct DirectiveArgumentSignature(string Name, string Type, bool IsRequired);

/// <summary>
/// What SDL validation needs to know about a directive, whether it is defined in the document, in the schema
/// being extended, or built in: where it may appear, whether it may repeat, and its arguments.
/// </summary>
internal sealed class DirectiveSignature(
    IReadOnlySet<string> locations,
    bool isRepeatable,
    IReadOnlyList<DirectiveArgumentSignature> arguments)
{
    private static readonly Lazy<Dictionary<string, DirectiveSignature>> BuiltInSignatures = new(() =>
        Parser.Parse(new Source(BuiltInDefinitions.Sdl, "built-in definitions"), ParserOptions.ForSchema).Definitions
            .OfType<DirectiveDefinitionNode>()
            .ToDictionary(d => d.Name.Value, Of, StringComparer.Ordinal));

    /// <summary>
    /// The built-in directives of spec §3.13, known to every document built without an existing schema; read
    /// from the same definitions the schema builder adds to every schema.
    /// </summary>
    public static IReadOnlyDictionary<string, DirectiveSignature> BuiltIns => BuiltInSignatures.Value;

    /// <summary>Location names as written, e.g. <c>FIELD_DEFINITION</c>; names that are not locations never match.</summary>
    public IReadOnlySet<string> Locations { get; } = locations;

    public bool IsRepeatable { get; } = isRepeatable;

    public IReadOnlyList<DirectiveArgumentSignature> Arguments { get; } = arguments;

    public static DirectiveSignature Of(DirectiveDefinition directive) => new(
        directive.Locations.Select(DirectiveLocations.ToName).ToHashSet(StringComparer.Ordinal),
        directive.IsRepeatable,
        [.. directive.Arguments.Select(a => new DirectiveArgumentSignature(a.Name, a.Type.ToString(), a.IsRequired))]);

    public static DirectiveSignature Of(DirectiveDefinitionNode definition) => new(
        definition.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
        definition.Repeatable,
        [.. definition.Arguments.Select(a => new DirectiveArgumentSignature(
            a.Name.Value,
            TypeNodeText(a.Type),
            a.Type is NonNullTypeNode && a.DefaultValue is null))]);

    /// <summary>A type reference as SDL writes it, e.g. <c>[Int!]!</c>.</summary>
    private static string TypeNodeText(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + TypeNodeText(list.Type) + "]",
        NonNullTypeNode nonNull => TypeNodeText(nonNull.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
