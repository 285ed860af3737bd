using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Value[Const] (spec §2.9). With <paramref name="isConst"/> a variable is a syntax error.</summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(AsciiText(token), LocationFrom(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(AsciiText(token), LocationFrom(token));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return ParseNameValue(token);
            case TokenKind.Dollar when isConst:
                throw VariableInConstant(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    /// <summary>The error for a variable in a constant value; a method apart keeps its formatting out of the hot path.</summary>
    private GraphQLSyntaxException VariableInConstant(Token dollar)
    {
        Advance();
        return Peek(TokenKind.Name)
            ? Error(dollar.Start, $"Unexpected variable \"${AsciiText(Current)}\" in constant value.")
            : Unexpected(dollar);
    }

    /// <summary>BooleanValue, NullValue or EnumValue (spec §2.9.3, §2.9.5, §2.9.6): a Name in value position.</summary>
    private readonly ValueNode ParseNameValue(Token token)
    {
        var text = Text(token);
        var location = LocationFrom(token);
        if (text.SequenceEqual("true"u8))
        {
            return new BooleanValueNode(true, location);
        }

        if (text.SequenceEqual("false"u8))
        {
            return new BooleanValueNode(false, location);
        }

        if (text.SequenceEqual("null"u8))
        {
            return new NullValueNode(location);
        }

        return new EnumValueNode(NameCache.Get(text), location);
    }

    /// <summary>StringValue (spec §2.9.4), quoted or block.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        bool block = token.Kind == TokenKind.BlockString;
        string value = block ? Lexer.DecodeBlockString(_lexer.Body, token) : Lexer.DecodeString(_lexer.Body, token);
        return new StringValueNode(value, block, LocationFrom(token));
    }

    /// <summary>ListValue : [ ] | [ Value+ ] (spec §2.9.7).</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Expect(TokenKind.BracketL);
        EnterNesting(start);
        int mark = Mark;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            Push(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(PopList<ValueNode>(mark), LocationFrom(start));
    }

    /// <summary>ObjectValue : { } | { ObjectField+ } (spec §2.9.8).</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Expect(TokenKind.BraceL);
        EnterNesting(start);
        int mark = Mark;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = Current;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ObjectFieldNode(name, value, LocationFrom(fieldStart)));
        }

        ExitNesting();
        return new ObjectValueNode(PopList<ObjectFieldNode>(mark), LocationFrom(start));
    }

    /// <summary>Arguments[Const] : ( Argument+ ) (spec §2.6), or none.</summary>
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        int mark = Mark;
        do
        {
            var start = Current;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ArgumentNode(name, value, LocationFrom(start)));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<ArgumentNode>(mark);
    }

    /// <summary>Directives[Const] : Directive+ (spec §2.12), or none.</summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        int mark = Mark;
        do
        {
            var start = Expect(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode(name, arguments, LocationFrom(start)));
        }
        while (Peek(TokenKind.At));

        return PopList<DirectiveNode>(mark);
    }

    /// <summary>Type : NamedType | ListType | NonNullType (spec §2.11).</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting(start);
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(itemType, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var name = ParseName();
        return new NamedTypeNode(name, name.Location);
    }
}
