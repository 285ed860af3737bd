using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// TypeSystemDefinition (spec §3) when <paramref name="keyword"/> (the current token, or the one after
    /// the description) starts one; otherwise null.
    /// </summary>
    private TypeSystemDefinitionNode? TryParseTypeSystemDefinition(ReadOnlySpan<byte> keyword)
    {
        if (keyword.SequenceEqual("type"u8))
        {
            return ParseObjectTypeDefinition();
        }

        if (keyword.SequenceEqual("input"u8))
        {
            return ParseInputObjectTypeDefinition();
        }

        if (keyword.SequenceEqual("enum"u8))
        {
            return ParseEnumTypeDefinition();
        }

        if (keyword.SequenceEqual("interface"u8))
        {
            return ParseInterfaceTypeDefinition();
        }

        if (keyword.SequenceEqual("union"u8))
        {
            return ParseUnionTypeDefinition();
        }

        if (keyword.SequenceEqual("scalar"u8))
        {
            return ParseScalarTypeDefinition();
        }

        if (keyword.SequenceEqual("directive"u8))
        {
            return ParseDirectiveDefinition();
        }

        if (keyword.SequenceEqual("schema"u8))
        {
            return ParseSchemaDefinition();
        }

        return null;
    }

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec §3.3).</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseRootOperationTypes();
        return new SchemaDefinitionNode(description, directives, operationTypes, LocationFrom(start));
    }

    /// <summary>RootOperationTypeDefinition+ } — the opening brace already consumed (spec §3.3.1).</summary>
    private OperationTypeDefinitionNode[] ParseRootOperationTypes()
    {
        int mark = Mark;
        do
        {
            var start = Current;
            var operation = ParseOperationType();
            Expect(TokenKind.Colon);
            var type = ParseNamedType();
            Push(new OperationTypeDefinitionNode(operation, type, LocationFrom(start)));
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<OperationTypeDefinitionNode>(mark);
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec §3.5).</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, LocationFrom(start));
    }

    /// <summary>ObjectTypeDefinition (spec §3.6): Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>InterfaceTypeDefinition (spec §3.7): like an object type, interfaces may implement interfaces.</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)* (spec §3.6), or none.</summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

    /// <summary>
    /// NamedType (delimiter NamedType)*, with an optional leading delimiter, for ImplementsInterfaces
    /// (<c>&amp;</c>) and UnionMemberTypes (<c>|</c>).
    /// </summary>
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        int mark = Mark;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return PopList<NamedTypeNode>(mark);
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ } (spec §3.6), or none.</summary>
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        int mark = Mark;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<FieldDefinitionNode>(mark);
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec §3.6).</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, LocationFrom(start));
    }

    /// <summary>
    /// ArgumentsDefinition : ( InputValueDefinition+ ) (spec §3.6.1) or InputFieldsDefinition :
    /// { InputValueDefinition+ } (spec §3.10), or none.
    /// </summary>
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        int mark = Mark;
        do
        {
            Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return PopList<InputValueDefinitionNode>(mark);
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec §3.6.1).</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, LocationFrom(start));
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec §3.8).</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, LocationFrom(start));
    }

    /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)* (spec §3.8), or none.</summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec §3.9).</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } (spec §3.9), or none.</summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        int mark = Mark;
        do
        {
            var start = Current;
            var description = ParseDescription();

            // EnumValue : Name but not true, false or null
            var token = Current;
            if (IsKeyword(token, "true"u8) || IsKeyword(token, "false"u8) || IsKeyword(token, "null"u8))
            {
                throw Error(token.Start, $"{Describe(token)} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            Push(new EnumValueDefinitionNode(description, name, directives, LocationFrom(start)));
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return PopList<EnumValueDefinitionNode>(mark);
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec §3.10).</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on
    /// DirectiveLocations (spec §3.13).
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        bool repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, LocationFrom(start));
    }

    /// <summary>DirectiveLocations : |? DirectiveLocation (| DirectiveLocation)* (spec §3.13).</summary>
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        int mark = Mark;
        do
        {
            var token = Current;
            var name = ParseName();
            if (!IsDirectiveLocation(name.Value))
            {
                throw Unexpected(token);
            }

            Push(name);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return PopList<NameNode>(mark);
    }

    /// <summary>ExecutableDirectiveLocation or TypeSystemDirectiveLocation (spec §3.13).</summary>
    private static bool IsDirectiveLocation(string name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" => true,
        "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE"
            or "UNION" or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" => true,
        _ => false,
    };
}
