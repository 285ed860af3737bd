namespace GraphApi.GraphQL.Language.Ast;

/// <summary>Type : NamedType | ListType | NonNullType (spec §2.11).</summary>
public abstract class TypeNode(Location location) : SyntaxNode(location);

public sealed class NamedTypeNode(NameNode name, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; } = name;
}

public sealed class ListTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public TypeNode Type { get; } = type;
}

/// <summary>NonNullType: <see cref="Type"/> is a NamedType or ListType, never another NonNullType.</summary>
public sealed class NonNullTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public TypeNode Type { get; } = type;
}
