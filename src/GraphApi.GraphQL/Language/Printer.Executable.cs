using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

public static partial class Printer
{
    private static Doc LayoutOperation(OperationDefinitionNode operation)
    {
        var selectionSet = LayoutSelectionSet(operation.SelectionSet);

        // Spec §2.3 query shorthand: graphql-js prints it whenever nothing but the selection set would follow "query".
        if (operation.Operation == OperationType.Query
            && operation.Name is null
            && operation.VariableDefinitions.Count == 0
            && operation.Directives.Count == 0
            && operation.Description is null)
        {
            return selectionSet;
        }

        // Variables with descriptions go one per line, and graphql-js does not indent them.
        var variables = LayoutAll(operation.VariableDefinitions);
        var variableList = HasLineBreaks(variables)
            ? Wrap(OpenParenLine, Join(variables, NewLine), CloseParenLine)
            : Wrap(OpenParen, Join(variables, CommaSpace), CloseParen);
        var name = operation.Name is null ? Empty : Text(operation.Name.Value);
        var header = Join(
            [Text(Keyword(operation.Operation)), Concat(name, variableList), Directives(operation.Directives)],
            Space);
        return Concat(Description(operation.Description), header, Space, selectionSet);
    }

    private static Doc LayoutVariableDefinition(VariableDefinitionNode variable) => Concat(
        Description(variable.Description),
        LayoutValue(variable.Variable),
        ColonSpace,
        LayoutType(variable.Type),
        DefaultValue(variable.DefaultValue),
        Directives(variable.Directives, leadingSpace: true));

    private static Doc DefaultValue(ValueNode? value) => value is null ? Empty : Concat(Assign, LayoutValue(value));

    private static Doc LayoutSelectionSet(SelectionSetNode selectionSet) =>
        selectionSet.Selections.Count == 0 ? EmptyBraces : Block(LayoutAll(selectionSet.Selections));

    private static Doc LayoutField(FieldNode field)
    {
        var name = field.Alias is null
            ? Text(field.Name.Value)
            : Concat(Text(field.Alias.Value), ColonSpace, Text(field.Name.Value));
        return Concat(
            WithArguments(name, LayoutAll(field.Arguments)),
            Directives(field.Directives, leadingSpace: true),
            field.SelectionSet is null ? Empty : Concat(Space, LayoutSelectionSet(field.SelectionSet)));
    }

    /// <summary>
    /// <paramref name="prefix"/> followed by its arguments: on one line if prefix and arguments fit in
    /// <see cref="MaxLineLength"/> columns (not counting the indentation), else one argument per line.
    /// </summary>
    private static Doc WithArguments(Doc prefix, Doc[] arguments)
    {
        if (arguments.Length == 0)
        {
            return prefix;
        }

        var argumentList = prefix.Length + JoinedLength(arguments, CommaSpace) + 2 > MaxLineLength
            ? Wrap(OpenParenLine, Indent(Join(arguments, NewLine)), CloseParenLine)
            : Wrap(OpenParen, Join(arguments, CommaSpace), CloseParen);
        return Concat(prefix, argumentList);
    }

    private static Doc LayoutInlineFragment(InlineFragmentNode inline) => Join(
        [
            Ellipsis,
            inline.TypeCondition is null ? Empty : Concat(OnSpace, LayoutType(inline.TypeCondition)),
            Directives(inline.Directives),
            LayoutSelectionSet(inline.SelectionSet),
        ],
        Space);

    private static Doc LayoutFragmentDefinition(FragmentDefinitionNode fragment) => Concat(
        Description(fragment.Description),
        Text("fragment "),
        Text(fragment.Name.Value),
        SpacedOn,
        LayoutType(fragment.TypeCondition),
        Space,
        Wrap(Empty, Directives(fragment.Directives), Space),
        LayoutSelectionSet(fragment.SelectionSet));

    private static Doc LayoutValue(ValueNode value) => value switch
    {
        VariableNode variable => Concat(Dollar, Text(variable.Name.Value)),
        IntValueNode intValue => Text(intValue.Value),
        FloatValueNode floatValue => Text(floatValue.Value),
        StringValueNode stringValue => Text(stringValue.Block ? PrintBlockString(stringValue.Value) : PrintString(stringValue.Value)),
        BooleanValueNode boolean => boolean.Value ? True : False,
        NullValueNode => Null,
        EnumValueNode enumValue => Text(enumValue.Value),
        ListValueNode list => LayoutList(LayoutAll(list.Values)),
        ObjectValueNode obj => LayoutObject(LayoutAll(obj.Fields)),
        _ => throw Unknown(value),
    };

    private static Doc LayoutList(Doc[] values) => 2 + JoinedLength(values, CommaSpace) > MaxLineLength
        ? Wrap(OpenBracketLine, Indent(Join(values, NewLine)), CloseBracketLine)
        : Concat(OpenBracket, Join(values, CommaSpace), CloseBracket);

    // An empty object prints as "{  }": graphql-js keeps both inner spaces.
    private static Doc LayoutObject(Doc[] fields) => 4 + JoinedLength(fields, CommaSpace) > MaxLineLength
        ? Block(fields)
        : Concat(OpenObject, Join(fields, CommaSpace), CloseObject);
}
