using System.Text;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.2 Directives Are in Valid Locations (https://spec.graphql.org/draft/#sec-Directives-Are-in-Valid-Locations):
/// a directive is used only where its definition allows — on executable nodes, variable definitions and,
/// when a document contains them, type-system definitions. Unknown directives are left to §5.7.1.
/// </summary>
public sealed class DirectivesAreInValidLocations : ValidationVisitor
{
    public const string SpecAnchor = "Directives-Are-in-Valid-Locations";

    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    // The walker visits a node's directives right after entering the node (before its selection set), so
    // the location of a directive is that of the node entered last — with two exceptions handled below.
    private DirectiveLocation _location;
    private DirectiveLocation _operationLocation;

    // A field definition's directives come after those of its arguments, so the directives of the input
    // value definition entered last are recognised by identity, in order, and anything after them belongs
    // to the enclosing field definition or type.
    private IReadOnlyList<DirectiveNode>? _inputValueDirectives;
    private int _inputValueDirectiveIndex;
    private DirectiveLocation _inputValueLocation;

    public override void EnterDocument(DocumentNode node) => _documentDirectives = DocumentDirectives.Collect(node);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        _operationLocation = node.Operation switch
        {
            OperationType.Mutation => DirectiveLocation.Mutation,
            OperationType.Subscription => DirectiveLocation.Subscription,
            _ => DirectiveLocation.Query,
        };
        _location = _operationLocation;
    }

    public override void EnterVariableDefinition(VariableDefinitionNode node) => _location = DirectiveLocation.VariableDefinition;

    // The operation's own directives are walked after its variable definitions.
    public override void LeaveVariableDefinition(VariableDefinitionNode node) => _location = _operationLocation;

    public override void EnterField(FieldNode node) => _location = DirectiveLocation.Field;

    public override void EnterFragmentSpread(FragmentSpreadNode node) => _location = DirectiveLocation.FragmentSpread;

    public override void EnterInlineFragment(InlineFragmentNode node) => _location = DirectiveLocation.InlineFragment;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _location = DirectiveLocation.FragmentDefinition;

    public override void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        _location = node.Kind switch
        {
            SyntaxKind.SchemaDefinition or SyntaxKind.SchemaExtension => DirectiveLocation.Schema,
            SyntaxKind.ScalarTypeDefinition or SyntaxKind.ScalarTypeExtension => DirectiveLocation.Scalar,
            SyntaxKind.ObjectTypeDefinition or SyntaxKind.ObjectTypeExtension => DirectiveLocation.Object,
            SyntaxKind.InterfaceTypeDefinition or SyntaxKind.InterfaceTypeExtension => DirectiveLocation.Interface,
            SyntaxKind.UnionTypeDefinition or SyntaxKind.UnionTypeExtension => DirectiveLocation.Union,
            SyntaxKind.EnumTypeDefinition or SyntaxKind.EnumTypeExtension => DirectiveLocation.Enum,
            SyntaxKind.InputObjectTypeDefinition or SyntaxKind.InputObjectTypeExtension => DirectiveLocation.InputObject,
            // A directive definition carries no directives itself, only on its arguments.
            _ => DirectiveLocation.ArgumentDefinition,
        };
        _inputValueLocation = node.Kind is SyntaxKind.InputObjectTypeDefinition or SyntaxKind.InputObjectTypeExtension
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition;
        _inputValueDirectives = null;
    }

    public override void EnterFieldDefinition(FieldDefinitionNode node)
    {
        _location = DirectiveLocation.FieldDefinition;
        _inputValueDirectives = null;
    }

    public override void EnterInputValueDefinition(InputValueDefinitionNode node)
    {
        _inputValueDirectives = node.Directives;
        _inputValueDirectiveIndex = 0;
    }

    public override void EnterEnumValueDefinition(EnumValueDefinitionNode node) => _location = DirectiveLocation.EnumValue;

    public override void EnterDirective(DirectiveNode node)
    {
        var location = _location;
        if (_inputValueDirectives is { } inputValueDirectives
            && _inputValueDirectiveIndex < inputValueDirectives.Count
            && ReferenceEquals(inputValueDirectives[_inputValueDirectiveIndex], node))
        {
            _inputValueDirectiveIndex++;
            location = _inputValueLocation;
        }

        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var documentDefinition))
        {
            if (!AllowsLocation(documentDefinition.Locations, location))
            {
                Report(node, location, LocationNames(documentDefinition.Locations));
            }
        }
        else if (Context.Schema.GetDirective(name) is { } definition && !definition.HasLocation(location))
        {
            Report(node, location, LocationNames(definition.Locations));
        }
    }

    private void Report(DirectiveNode node, DirectiveLocation location, IEnumerable<string> allowed)
    {
        var allowedList = new StringBuilder();
        foreach (var name in allowed)
        {
            allowedList.Append(allowedList.Length == 0 ? "" : ", ").Append(name);
        }

        Context.ReportError(
            $"Directive \"@{node.Name.Value}\" cannot be used on {DirectiveLocations.ToName(location)}; it is allowed on: {allowedList}.",
            SpecAnchor,
            node);
    }

    private static bool AllowsLocation(IReadOnlyList<NameNode> locations, DirectiveLocation location)
    {
        var name = DirectiveLocations.ToName(location);
        foreach (var allowed in locations)
        {
            if (allowed.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> LocationNames(IReadOnlyList<NameNode> locations)
    {
        foreach (var location in locations)
        {
            yield return location.Value;
        }
    }

    private static IEnumerable<string> LocationNames(IReadOnlyList<DirectiveLocation> locations)
    {
        foreach (var location in locations)
        {
            yield return DirectiveLocations.ToName(location);
        }
    }
}
