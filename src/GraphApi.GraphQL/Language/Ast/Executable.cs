namespace GraphApi.GraphQL.Language.Ast;

/// <summary>Document : Definition+ (spec §2.2).</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Source? source, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    /// <summary>The text the document was parsed from; null for a document built in code.</summary>
    public Source? Source { get; } = source;
}

public abstract class DefinitionNode(Location location) : SyntaxNode(location);

/// <summary>OperationDefinition or FragmentDefinition (spec §2.2).</summary>
public abstract class ExecutableDefinitionNode(Location location) : DefinitionNode(location)
{
    public abstract SelectionSetNode SelectionSet { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>OperationDefinition (spec §2.3). A query shorthand has no name and <see cref="IsShorthand"/> set.</summary>
public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    StringValueNode? description,
    Location location) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; } = operation;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;

    public StringValueNode? Description { get; } = description;
}

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec §2.10).</summary>
public sealed class VariableDefinitionNode(
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    StringValueNode? description,
    Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public StringValueNode? Description { get; } = description;
}

/// <summary>SelectionSet : { Selection+ } (spec §2.4).</summary>
public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location) : SyntaxNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec §2.5).</summary>
public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    /// <summary>The key of this field in the response: the alias if there is one, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}

/// <summary>Argument : Name : Value (spec §2.6).</summary>
public sealed class ArgumentNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}

/// <summary>FragmentSpread : ... FragmentName Directives? (spec §2.8).</summary>
public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; } = name;
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (spec §2.8.2).</summary>
public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (spec §2.8).</summary>
public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    StringValueNode? description,
    Location location) : ExecutableDefinitionNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public NameNode Name { get; } = name;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;

    public StringValueNode? Description { get; } = description;
}

/// <summary>Directive : @ Name Arguments? (spec §2.12).</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
