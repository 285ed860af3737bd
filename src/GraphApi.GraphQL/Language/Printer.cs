using System.Text;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Prints any AST node back to GraphQL text, byte for byte in the format of graphql-js <c>print()</c>
/// (17.x): two-space indentation, comments and commas dropped, the query shorthand kept for an anonymous
/// query without variables, directives or description, and argument lists, list values and object values
/// broken onto several lines once they would exceed 80 columns.
/// </summary>
public static partial class Printer
{
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var doc = Layout(node);
        var builder = new StringBuilder(doc.Length);
        doc.WriteTo(builder, 0);
        return builder.ToString();
    }

    private static Doc Layout(SyntaxNode node) => node switch
    {
        NameNode name => Text(name.Value),
        DocumentNode document => Join(LayoutAll(document.Definitions), BlankLine),
        OperationDefinitionNode operation => LayoutOperation(operation),
        VariableDefinitionNode variable => LayoutVariableDefinition(variable),
        SelectionSetNode selectionSet => LayoutSelectionSet(selectionSet),
        FieldNode field => LayoutField(field),
        ArgumentNode argument => Concat(Text(argument.Name.Value), ColonSpace, Layout(argument.Value)),
        FragmentSpreadNode spread => Concat(Ellipsis, Text(spread.Name.Value), Directives(spread.Directives, leadingSpace: true)),
        InlineFragmentNode inline => LayoutInlineFragment(inline),
        FragmentDefinitionNode fragment => LayoutFragmentDefinition(fragment),
        DirectiveNode directive => Concat(At, Text(directive.Name.Value), Wrap(OpenParen, Join(LayoutAll(directive.Arguments), CommaSpace), CloseParen)),
        ValueNode value => LayoutValue(value),
        ObjectFieldNode field => Concat(Text(field.Name.Value), ColonSpace, Layout(field.Value)),
        TypeNode type => LayoutType(type),
        SchemaCoordinateNode coordinate => LayoutSchemaCoordinate(coordinate),
        _ => LayoutTypeSystem(node),
    };

    private static Doc[] LayoutAll<TNode>(IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var docs = new Doc[nodes.Count];
        for (var i = 0; i < docs.Length; i++)
        {
            docs[i] = Layout(nodes[i]);
        }

        return docs;
    }

    /// <summary>The directives separated by spaces, with a space before them when asked and there are any.</summary>
    private static Doc Directives(IReadOnlyList<DirectiveNode> directives, bool leadingSpace = false)
    {
        var joined = Join(LayoutAll(directives), Space);
        return leadingSpace ? Wrap(Space, joined) : joined;
    }

    /// <summary>A description followed by a line break, or nothing.</summary>
    private static Doc Description(StringValueNode? description) =>
        description is null ? Empty : Concat(LayoutValue(description), NewLine);

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static Doc LayoutType(TypeNode type) => type switch
    {
        NamedTypeNode named => Text(named.Name.Value),
        ListTypeNode list => Concat(OpenBracket, LayoutType(list.Type), CloseBracket),
        NonNullTypeNode nonNull => Concat(LayoutType(nonNull.Type), Bang),
        _ => throw Unknown(type),
    };

    private static Doc LayoutSchemaCoordinate(SchemaCoordinateNode coordinate)
    {
        var name = Text(coordinate.Name.Value);
        var member = coordinate.MemberName is { } m ? Concat(Dot, Text(m.Value)) : Empty;
        var argument = coordinate.ArgumentName is { } a ? Concat(OpenParen, Text(a.Value), ArgumentCoordinateEnd) : Empty;
        return Concat(coordinate.IsDirective ? At : Empty, name, member, argument);
    }

    private static ArgumentException Unknown(SyntaxNode node) =>
        new($"Cannot print a node of kind {node.Kind} ({node.GetType().Name}).", nameof(node));
}
