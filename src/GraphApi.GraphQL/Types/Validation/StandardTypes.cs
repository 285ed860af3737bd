namespace GraphApi.GraphQL.Types.Validation;

/// <summary>The types every schema has without defining them: the built-in scalars and the introspection types.</summary>
internal static class StandardTypes
{
    /// <summary>The types of the introspection system (spec §4.2), the only types whose names may start with <c>__</c>.</summary>
    public static readonly IReadOnlySet<string> IntrospectionNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    /// <summary>Built-in scalars first, then introspection types.</summary>
    public static readonly IReadOnlyList<string> Names = [.. BuiltInScalars.Names, .. IntrospectionNames];

    public static bool IsStandard(string name) => BuiltInScalars.IsBuiltIn(name) || IntrospectionNames.Contains(name);

    /// <summary>The kind of an introspection type (two enums, the rest objects); null for other names.</summary>
    public static TypeKind? IntrospectionKind(string name) => name switch
    {
        "__TypeKind" or "__DirectiveLocation" => TypeKind.Enum,
        _ when IntrospectionNames.Contains(name) => TypeKind.Object,
        _ => null,
    };
}
