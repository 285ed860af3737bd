using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>Document : Definition+ (spec §2.2).</summary>
    private DocumentNode ParseDocument()
    {
        Advance();
        int mark = Mark;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode(PopList<DefinitionNode>(mark), _source, new Location(0, _lastEnd));
    }

    /// <summary>
    /// Definition (spec §2.2): chosen by the keyword, which follows the description if there is one.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        var token = Current;
        if (token.Kind == TokenKind.BraceL)
        {
            return ParseOperationDefinition();
        }

        bool hasDescription = token.Kind is TokenKind.String or TokenKind.BlockString;
        var keyword = hasDescription ? _lexer.Lookahead() : token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var text = Text(keyword);
            if (text.SequenceEqual("query"u8) || text.SequenceEqual("mutation"u8) || text.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (text.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (TryParseTypeSystemDefinition(text) is { } definition)
            {
                return definition;
            }

            if (hasDescription)
            {
                throw Error(token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (text.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>OperationDefinition (spec §2.3), including the query shorthand <c>{ ... }</c>.</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (start.Kind == TokenKind.BraceL)
        {
            var shorthandSelections = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthandSelections, null, LocationFrom(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet, description, LocationFrom(start));
    }

    /// <summary>OperationType : one of query mutation subscription (spec §2.3).</summary>
    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        var text = Text(token);
        if (text.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (text.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (text.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ ) (spec §2.10), or none.</summary>
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        int mark = Mark;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return PopList<VariableDefinitionNode>(mark);
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec §2.10).</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, LocationFrom(start));
    }

    /// <summary>Variable : $ Name (spec §2.10).</summary>
    private VariableNode ParseVariable()
    {
        var start = Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, LocationFrom(start));
    }

    /// <summary>SelectionSet : { Selection+ } (spec §2.4). An empty selection set is a syntax error.</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Expect(TokenKind.BraceL);
        EnterNesting(start);
        int mark = Mark;
        do
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        ExitNesting();
        return new SelectionSetNode(PopList<SelectionNode>(mark), LocationFrom(start));
    }

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec §2.5, §2.7 Field Alias).</summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentSpread or InlineFragment (spec §2.8, §2.8.2): both start with <c>...</c>.</summary>
    private SelectionNode ParseFragment()
    {
        var start = Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (spec §2.8).</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);

        // FragmentName : Name but not `on`
        if (IsKeyword(Current, "on"u8))
        {
            throw Unexpected(Current);
        }

        var name = ParseName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, description, LocationFrom(start));
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(NameCache.Get(Text(token)), new Location(token.Start, token.End));
    }

    /// <summary>Description : StringValue (spec §2.2.1 Descriptions), or none.</summary>
    private StringValueNode? ParseDescription() =>
        Current.Kind is TokenKind.String or TokenKind.BlockString ? ParseStringLiteral() : null;
}
