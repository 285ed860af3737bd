namespace GraphApi.GraphQL.Language.Ast;

/// <summary>TypeSystemDefinition or TypeSystemExtension (spec §3).</summary>
public abstract class TypeSystemDefinitionNode(Location location) : DefinitionNode(location)
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec §3.3).</summary>
public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location) : TypeSystemDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; } = description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec §3.3.1).</summary>
public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;
}

/// <summary>A named type's definition or extension: the parts every kind shares.</summary>
public abstract class NamedTypeSystemNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : TypeSystemDefinitionNode(location)
{
    public NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>True for the <c>extend ...</c> forms.</summary>
    public abstract bool IsExtension { get; }
}

/// <summary>TypeDefinition (spec §3.4).</summary>
public abstract class TypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : NamedTypeSystemNode(name, directives, location)
{
    public StringValueNode? Description { get; } = description;

    public override bool IsExtension => false;
}

/// <summary>TypeExtension (spec §3.4.3).</summary>
public abstract class TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : NamedTypeSystemNode(name, directives, location)
{
    public override bool IsExtension => true;
}

/// <summary>ScalarTypeDefinition (spec §3.5).</summary>
public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>ObjectTypeDefinition (spec §3.6).</summary>
public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec §3.6).</summary>
public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec §3.6.1).</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>InterfaceTypeDefinition (spec §3.7).</summary>
public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>UnionTypeDefinition (spec §3.8).</summary>
public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

/// <summary>EnumTypeDefinition (spec §3.9).</summary>
public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (spec §3.9).</summary>
public sealed class EnumValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>InputObjectTypeDefinition (spec §3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (spec §3.13).</summary>
public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location location) : TypeSystemDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; } = description;

    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool Repeatable { get; } = repeatable;

    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public override IReadOnlyList<DirectiveNode> Directives => [];
}
