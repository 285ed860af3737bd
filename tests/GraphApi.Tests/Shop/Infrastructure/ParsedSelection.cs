using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>
/// The fields a selection set written in a test selects, as resolvers see them (<see cref="ISelectedField"/>),
/// for building projections without running a query. Fields only: no fragments or directives.
/// </summary>
public sealed class ParsedSelection : ISelectedField
{
    private readonly FieldNode _node;

    private ParsedSelection(FieldDefinition field, FieldNode node)
    {
        Field = field;
        _node = node;
    }

    public string ResponseKey => _node.Alias?.Value ?? _node.Name.Value;

    public FieldDefinition Field { get; }

    public IReadOnlyList<FieldNode> Nodes => [_node];

    /// <summary>The fields <paramref name="selectionSet"/> (e.g. <c>name price { amount }</c>) selects on <paramref name="type"/>.</summary>
    public static IReadOnlyList<ISelectedField> On(ObjectType type, string selectionSet)
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ " + selectionSet + " }").Definitions[0];
        return Fields(type, operation.SelectionSet);
    }

    public IReadOnlyList<ISelectedField> SelectionsOn(ObjectType type) =>
        _node.SelectionSet is { } selectionSet ? Fields(type, selectionSet) : [];

    private static List<ISelectedField> Fields(ObjectType type, SelectionSetNode selectionSet) =>
        selectionSet.Selections
            .Cast<FieldNode>()
            .Select(node => (ISelectedField)new ParsedSelection(
                type.Fields[node.Name.Value] ?? throw new ArgumentException($"{type.Name} has no field {node.Name.Value}."), node))
            .ToList();
}
