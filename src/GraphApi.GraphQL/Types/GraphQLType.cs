using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>The kinds of types, as introspection's <c>__TypeKind</c> names them (spec §4.2.3).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>A type reference: a named type or a List / Non-Null wrapper around one (spec §3.4.1 Wrapping Types).</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrapping.</summary>
    public abstract NamedType Named { get; }

    public bool IsNonNull => Kind == TypeKind.NonNull;

    public bool IsList => Kind == TypeKind.List;

    /// <summary>The type without its outer Non-Null, if any.</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    /// <summary>Input types: scalars, enums, input objects and wrappers of them (spec §3.4.2).</summary>
    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Output types: scalars, objects, interfaces, unions, enums and wrappers of them (spec §3.4.2).</summary>
    public bool IsOutputType => Named.Kind is not TypeKind.InputObject;

    /// <summary>Prints the type reference in SDL form, e.g. <c>[Int!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>Structural equality of type references (spec §5.3.2 SameResponseShape uses it).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b)
    {
        while (true)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a.Kind != b.Kind)
            {
                return false;
            }

            switch (a)
            {
                case ListType la:
                    a = la.OfType;
                    b = ((ListType)b).OfType;
                    continue;
                case NonNullType na:
                    a = na.OfType;
                    b = ((NonNullType)b).OfType;
                    continue;
                default:
                    return false; // distinct named types
            }
        }
    }
}

/// <summary>A List wrapper (spec §3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A Non-Null wrapper (spec §3.12). Never wraps another Non-Null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A Non-Null type cannot wrap another Non-Null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override string ToString() => OfType + "!";
}

/// <summary>
/// A named type (spec §3.4). Its definition node, extension nodes and applied directives are kept so that
/// later stages (authorization, cost analysis) can read directives written in SDL.
/// </summary>
public abstract class NamedType : GraphQLType, INamedElement
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public override NamedType Named => this;

    /// <summary>Directives applied to the type in SDL, definition first, then extensions in order.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; } = [];

    public TypeDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    /// <summary>Object, interface and union types: those with selection sets (spec §5.5.1.3).</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Interface and union types.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>Scalar and enum types: the leaves of a response (spec §3.1).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>A scalar type (spec §3.5).</summary>
public sealed class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL given by <c>@specifiedBy</c> (spec §3.13.4), if any.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public bool IsBuiltIn => BuiltInScalars.IsBuiltIn(Name);
}

/// <summary>Object and interface types: the types that have fields and may implement interfaces.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    public NameMap<FieldDefinition> Fields { get; internal set; } = NameMap<FieldDefinition>.Empty;

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>True when this type declares <paramref name="iface"/> among its interfaces.</summary>
    public bool Implements(InterfaceType iface)
    {
        foreach (var i in Interfaces)
        {
            if (ReferenceEquals(i, iface))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An object type (spec §3.6).</summary>
public sealed class ObjectType(string name, string? description = null) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;
}

/// <summary>An interface type (spec §3.7).</summary>
public sealed class InterfaceType(string name, string? description = null) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;
}

/// <summary>A union type (spec §3.8).</summary>
public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];
}

/// <summary>An enum type (spec §3.9).</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Enum;

    public NameMap<EnumValueDefinition> Values { get; internal set; } = NameMap<EnumValueDefinition>.Empty;
}

/// <summary>An input object type (spec §3.10), possibly a OneOf input object (spec §3.10.1).</summary>
public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public NameMap<InputValueDefinition> Fields { get; internal set; } = NameMap<InputValueDefinition>.Empty;

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }
}
