using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6).</summary>
public sealed class FieldDefinition(string name, GraphQLType type) : INamedElement
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public NameMap<InputValueDefinition> Arguments { get; internal set; } = NameMap<InputValueDefinition>.Empty;

    /// <summary>The reason given by <c>@deprecated</c>; null when the field is not deprecated (spec §3.13.3).</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>The object or interface type that declares this field; null for meta-fields.</summary>
    public FieldsType? DeclaringType { get; internal set; }

    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}

/// <summary>An argument of a field or directive, or a field of an input object (spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinition(string name, GraphQLType type) : INamedElement
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    /// <summary>The default value as written in SDL; null when there is none (distinct from a default of <c>null</c>).</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Required: Non-Null with no default value (spec §5.4.2.1, §5.6.4).</summary>
    public bool IsRequired => Type.IsNonNull && DefaultValue is null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public InputValueDefinitionNode? AstNode { get; internal set; }

    public override string ToString() => Name;
}

/// <summary>A value of an enum type (spec §3.9).</summary>
public sealed class EnumValueDefinition(string name) : INamedElement
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public EnumValueDefinitionNode? AstNode { get; internal set; }

    public override string ToString() => Name;
}

/// <summary>The places a directive may be used (spec §3.13 DirectiveLocations).</summary>
public enum DirectiveLocation
{
    // Executable directive locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system directive locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

/// <summary>A directive definition (spec §3.13).</summary>
public sealed class DirectiveDefinition(string name) : INamedElement
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public NameMap<InputValueDefinition> Arguments { get; internal set; } = NameMap<InputValueDefinition>.Empty;

    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; } = [];

    public bool IsRepeatable { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    /// <summary>True for @skip, @include, @deprecated, @specifiedBy and @oneOf.</summary>
    public bool IsBuiltIn { get; internal set; }

    public bool HasLocation(DirectiveLocation location)
    {
        foreach (var l in Locations)
        {
            if (l == location)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => "@" + Name;
}

public static class DirectiveLocations
{
    /// <summary>The SDL name of a location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    /// <summary>Parses an SDL location name; false for an unknown name.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        foreach (var value in Enum.GetValues<DirectiveLocation>())
        {
            if (ToName(value) == name)
            {
                location = value;
                return true;
            }
        }

        location = default;
        return false;
    }
}
