using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

public partial class ParserTests
{
    [Fact]
    public void Parses_schema_definition_and_extensions()
    {
        var document = Parser.Parse(
            "\"S\" schema @a { query: Q mutation: M subscription: S } extend schema @b extend schema { query: Q2 }");

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("S", schema.Description?.Value);
        Assert.Equal("a", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
        var directivesOnly = Assert.IsType<SchemaExtensionNode>(document.Definitions[1]);
        Assert.Single(directivesOnly.Directives);
        Assert.Empty(directivesOnly.OperationTypes);
        var typesOnly = Assert.IsType<SchemaExtensionNode>(document.Definitions[2]);
        Assert.Empty(typesOnly.Directives);
        Assert.Equal(OperationType.Query, Assert.Single(typesOnly.OperationTypes).Operation);
    }

    [Fact]
    public void Parses_scalars()
    {
        var document = Parser.Parse("\"\"\"Date\"\"\" scalar Date @specifiedBy(url: \"u\") extend scalar Date @x");

        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Date", scalar.Description?.Value);
        Assert.True(scalar.Description?.Block);
        Assert.Equal("Date", scalar.Name.Value);
        Assert.False(scalar.IsExtension);
        var extension = Assert.IsType<ScalarTypeExtensionNode>(document.Definitions[1]);
        Assert.True(extension.IsExtension);
        Assert.Equal("x", Assert.Single(extension.Directives).Name.Value);
    }

    [Fact]
    public void Parses_object_types_with_interfaces_fields_and_arguments()
    {
        var type = SingleDefinition<ObjectTypeDefinitionNode>(
            "type T implements & A & B @d { \"f\" f(\"a\" a: Int = 1 @x, b: [S!]!): String @y g: T }");

        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("d", Assert.Single(type.Directives).Name.Value);
        Assert.Equal(2, type.Fields.Count);
        var f = type.Fields[0];
        Assert.Equal("f", f.Description?.Value);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(f.Type).Name.Value);
        Assert.Equal("y", Assert.Single(f.Directives).Name.Value);
        var a = f.Arguments[0];
        Assert.Equal(("a", "a"), (a.Description?.Value, a.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);
        Assert.Equal("x", Assert.Single(a.Directives).Name.Value);
        Assert.IsType<NonNullTypeNode>(f.Arguments[1].Type);
        Assert.Empty(type.Fields[1].Arguments);
    }

    [Fact]
    public void Type_definitions_may_omit_their_bodies()
    {
        var document = Parser.Parse("type T interface I union U enum E input N");

        Assert.Empty(Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]).Fields);
        Assert.Empty(Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Fields);
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        Assert.Empty(Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[3]).Values);
        Assert.Empty(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[4]).Fields);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var document = Parser.Parse("interface I implements J & K @d { f: Int } extend interface I implements L");

        var definition = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["J", "K"], definition.Interfaces.Select(i => i.Name.Value));
        Assert.Single(definition.Directives);
        Assert.Single(definition.Fields);
        var extension = Assert.IsType<InterfaceTypeExtensionNode>(document.Definitions[1]);
        Assert.Equal("L", Assert.Single(extension.Interfaces).Name.Value);
    }

    [Fact]
    public void Parses_unions_with_and_without_a_leading_pipe()
    {
        var document = Parser.Parse("union U @d = A | B union V = | C | D extend union U = E extend union V @e");

        var u = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["A", "B"], u.Types.Select(t => t.Name.Value));
        Assert.Single(u.Directives);
        Assert.Equal(["C", "D"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[1]).Types.Select(t => t.Name.Value));
        Assert.Equal("E", Assert.Single(Assert.IsType<UnionTypeExtensionNode>(document.Definitions[2]).Types).Name.Value);
        Assert.Single(Assert.IsType<UnionTypeExtensionNode>(document.Definitions[3]).Directives);
    }

    [Fact]
    public void Parses_enums()
    {
        var document = Parser.Parse("enum E @d { \"first\" A @x B } extend enum E { C } extend enum E @y");

        var e = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["A", "B"], e.Values.Select(v => v.Name.Value));
        Assert.Equal("first", e.Values[0].Description?.Value);
        Assert.Single(e.Values[0].Directives);
        Assert.Equal("C", Assert.Single(Assert.IsType<EnumTypeExtensionNode>(document.Definitions[1]).Values).Name.Value);
        Assert.Single(Assert.IsType<EnumTypeExtensionNode>(document.Definitions[2]).Directives);
    }

    [Fact]
    public void Parses_input_objects()
    {
        var document = Parser.Parse("input I @oneOf { \"a\" a: Int = 1 @x b: [I!] } extend input I { c: ID } extend input I @y");

        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("a", input.Fields[0].Description?.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(input.Fields[0].DefaultValue).Value);
        Assert.Single(input.Fields[0].Directives);
        Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[1]).Fields);
        Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[2]).Directives);
    }

    [Fact]
    public void Parses_object_type_extensions_in_every_form()
    {
        var document = Parser.Parse("extend type T { f: Int } extend type T @d extend type T implements I extend type T implements J @e { g: Int }");

        var fields = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[0]);
        Assert.Single(fields.Fields);
        Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[1]).Directives);
        Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[2]).Interfaces);
        var all = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[3]);
        Assert.Equal((1, 1, 1), (all.Interfaces.Count, all.Directives.Count, all.Fields.Count));
        Assert.Equal(new Location(0, 24), fields.Location);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var document = Parser.Parse(
            "\"D\" directive @d(a: Int = 1) repeatable on FIELD | QUERY directive @e on | OBJECT directive @repeatable on SCHEMA");

        var d = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[0]);
        Assert.Equal("D", d.Description?.Value);
        Assert.Equal("d", d.Name.Value);
        Assert.Equal("a", Assert.Single(d.Arguments).Name.Value);
        Assert.True(d.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], d.Locations.Select(l => l.Value));
        var e = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[1]);
        Assert.False(e.Repeatable);
        Assert.Equal("OBJECT", Assert.Single(e.Locations).Value);
        Assert.Equal("repeatable", Assert.IsType<DirectiveDefinitionNode>(document.Definitions[2]).Name.Value);
    }

    [Fact]
    public void Accepts_every_directive_location()
    {
        string[] locations =
        [
            "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
            "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
            "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        ];

        var directive = SingleDefinition<DirectiveDefinitionNode>("directive @d on " + string.Join(" | ", locations));

        Assert.Equal(locations, directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Executable_and_type_system_definitions_mix_in_one_document()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }");

        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeExtension, SyntaxKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Parses_the_schema_kitchen_sink()
    {
        var document = Parser.Parse(File.ReadAllText(FixturePath("schema-kitchen-sink.graphql")), ParserOptions.ForSchema);

        Assert.Equal(39, document.Definitions.Count);
        var kinds = document.Definitions.Select(d => d.Kind).ToHashSet();
        SyntaxKind[] everyTypeSystemKind =
        [
            SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
            SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
            SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension,
            SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
        ];
        Assert.All(everyTypeSystemKind, kind => Assert.Contains(kind, kinds));
        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("The library's catalogue service.", schema.Description?.Value);
    }
}
