using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

public static partial class Printer
{
    private static Doc LayoutTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Concat(
            Description(schema.Description),
            Join([Text("schema"), Directives(schema.Directives), Block(LayoutAll(schema.OperationTypes))], Space)),
        SchemaExtensionNode schema => Join(
            [Text("extend schema"), Directives(schema.Directives), Block(LayoutAll(schema.OperationTypes))],
            Space),
        OperationTypeDefinitionNode root => Concat(Text(Keyword(root.Operation)), ColonSpace, LayoutType(root.Type)),
        FieldDefinitionNode field => Concat(
            Description(field.Description),
            Text(field.Name.Value),
            ParenthesizedList(LayoutAll(field.Arguments)),
            ColonSpace,
            LayoutType(field.Type),
            Directives(field.Directives, leadingSpace: true)),
        InputValueDefinitionNode input => Concat(
            Description(input.Description),
            Text(input.Name.Value),
            ColonSpace,
            LayoutType(input.Type),
            DefaultValue(input.DefaultValue),
            Directives(input.Directives, leadingSpace: true)),
        EnumValueDefinitionNode value => Concat(
            Description(value.Description),
            Join([Text(value.Name.Value), Directives(value.Directives)], Space)),
        DirectiveDefinitionNode directive => Concat(
            Description(directive.Description),
            Text("directive @"),
            Text(directive.Name.Value),
            ParenthesizedList(LayoutAll(directive.Arguments)),
            directive.Repeatable ? Repeatable : Empty,
            SpacedOn,
            Join(LayoutAll(directive.Locations), Pipe)),
        TypeDefinitionNode definition => Concat(Description(definition.Description), LayoutNamedType(definition, "")),
        TypeExtensionNode extension => LayoutNamedType(extension, "extend "),
        _ => throw Unknown(node),
    };

    /// <summary>The part of a type definition or extension after its description: keyword, name, directives and body.</summary>
    private static Doc LayoutNamedType(NamedTypeSystemNode node, string prefix)
    {
        var name = Text(node.Name.Value);
        var directives = Directives(node.Directives);
        return node switch
        {
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode =>
                Join([Text(prefix + "scalar"), name, directives], Space),
            ObjectTypeDefinitionNode obj =>
                FieldsType(prefix + "type", name, obj.Interfaces, directives, obj.Fields),
            ObjectTypeExtensionNode obj =>
                FieldsType(prefix + "type", name, obj.Interfaces, directives, obj.Fields),
            InterfaceTypeDefinitionNode iface =>
                FieldsType(prefix + "interface", name, iface.Interfaces, directives, iface.Fields),
            InterfaceTypeExtensionNode iface =>
                FieldsType(prefix + "interface", name, iface.Interfaces, directives, iface.Fields),
            UnionTypeDefinitionNode union =>
                Join([Text(prefix + "union"), name, directives, UnionMembers(union.Types)], Space),
            UnionTypeExtensionNode union =>
                Join([Text(prefix + "union"), name, directives, UnionMembers(union.Types)], Space),
            EnumTypeDefinitionNode enumType =>
                Join([Text(prefix + "enum"), name, directives, Block(LayoutAll(enumType.Values))], Space),
            EnumTypeExtensionNode enumType =>
                Join([Text(prefix + "enum"), name, directives, Block(LayoutAll(enumType.Values))], Space),
            InputObjectTypeDefinitionNode input =>
                Join([Text(prefix + "input"), name, directives, Block(LayoutAll(input.Fields))], Space),
            InputObjectTypeExtensionNode input =>
                Join([Text(prefix + "input"), name, directives, Block(LayoutAll(input.Fields))], Space),
            _ => throw Unknown(node),
        };
    }

    private static Doc FieldsType(
        string keyword,
        Doc name,
        IReadOnlyList<NamedTypeNode> interfaces,
        Doc directives,
        IReadOnlyList<FieldDefinitionNode> fields) => Join(
        [
            Text(keyword),
            name,
            Wrap(Implements, Join(LayoutAll(interfaces), Ampersand)),
            directives,
            Block(LayoutAll(fields)),
        ],
        Space);

    private static Doc UnionMembers(IReadOnlyList<NamedTypeNode> types) => Wrap(AssignMembers, Join(LayoutAll(types), Pipe));
}
