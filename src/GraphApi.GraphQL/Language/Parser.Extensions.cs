using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// TypeSystemExtension (spec §3.1.1): <c>extend</c> and the kind of what is extended. Each form must
    /// add something; an extension with nothing after its name is an unexpected token where the
    /// additions should start.
    /// </summary>
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var start = Current;
        var keyword = _lexer.Lookahead();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        ExpectKeyword("extend"u8);
        if (ExpectOptionalKeyword("schema"u8))
        {
            return ParseSchemaExtension(start);
        }

        if (ExpectOptionalKeyword("scalar"u8))
        {
            var scalarName = ParseName();
            var scalarDirectives = ParseDirectives(isConst: true);
            RequireAddition(scalarDirectives.Length);
            return new ScalarTypeExtensionNode(scalarName, scalarDirectives, LocationFrom(start));
        }

        bool isObject = ExpectOptionalKeyword("type"u8);
        if (isObject || ExpectOptionalKeyword("interface"u8))
        {
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            RequireAddition(interfaces.Length + directives.Length + fields.Length);
            return isObject
                ? new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start))
                : new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
        }

        if (ExpectOptionalKeyword("union"u8))
        {
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            RequireAddition(directives.Length + types.Length);
            return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
        }

        if (ExpectOptionalKeyword("enum"u8))
        {
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            RequireAddition(directives.Length + values.Length);
            return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
        }

        if (ExpectOptionalKeyword("input"u8))
        {
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
            RequireAddition(directives.Length + fields.Length);
            return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
        }

        throw Unexpected(keyword);
    }

    /// <summary>SchemaExtension (spec §3.3.2): directives, root operation types, or both.</summary>
    private SchemaExtensionNode ParseSchemaExtension(Token start)
    {
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ExpectOptional(TokenKind.BraceL) ? ParseRootOperationTypes() : [];
        RequireAddition(directives.Length + operationTypes.Length);
        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    private readonly void RequireAddition(int additions)
    {
        if (additions == 0)
        {
            throw Unexpected(Current);
        }
    }

    /// <summary>
    /// SchemaCoordinate (spec §2.13): TypeCoordinate <c>Name</c>, MemberCoordinate <c>Name.Name</c>,
    /// ArgumentCoordinate <c>Name.Name(Name:)</c>, DirectiveCoordinate <c>@Name</c> or
    /// DirectiveArgumentCoordinate <c>@Name(Name:)</c>.
    /// </summary>
    private SchemaCoordinateNode ParseSchemaCoordinateNode()
    {
        var start = Current;
        bool isDirective = ExpectOptional(TokenKind.At);
        var name = ParseName();
        NameNode? memberName = null;
        if (!isDirective && ExpectOptional(TokenKind.Dot))
        {
            memberName = ParseName();
        }

        NameNode? argumentName = null;
        if ((isDirective || memberName is not null) && ExpectOptional(TokenKind.ParenL))
        {
            argumentName = ParseName();
            Expect(TokenKind.Colon);
            Expect(TokenKind.ParenR);
        }

        var kind = (isDirective, memberName is not null, argumentName is not null) switch
        {
            (true, _, true) => SyntaxKind.DirectiveArgumentCoordinate,
            (true, _, false) => SyntaxKind.DirectiveCoordinate,
            (false, true, true) => SyntaxKind.ArgumentCoordinate,
            (false, true, false) => SyntaxKind.MemberCoordinate,
            _ => SyntaxKind.TypeCoordinate,
        };
        return new SchemaCoordinateNode(kind, isDirective, name, memberName, argumentName, LocationFrom(start));
    }
}
