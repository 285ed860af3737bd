namespace GraphApi.GraphQL.Language.Ast;

/// <summary>SchemaExtension (spec §3.3.2).</summary>
public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location) : TypeSystemDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

/// <summary>ScalarTypeExtension (spec §3.5.1).</summary>
public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary>ObjectTypeExtension (spec §3.6.3).</summary>
public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>InterfaceTypeExtension (spec §3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>UnionTypeExtension (spec §3.8.1).</summary>
public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

/// <summary>EnumTypeExtension (spec §3.9.1).</summary>
public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

/// <summary>InputObjectTypeExtension (spec §3.10.2).</summary>
public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
