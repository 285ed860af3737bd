namespace GraphApi.GraphQL.Language.Ast;

/// <summary>Byte offsets of a node in its <see cref="Source"/>: <c>[Start, End)</c>.</summary>
public readonly record struct Location(int Start, int End)
{
    public static readonly Location None = new(-1, -1);

    public bool IsNone => Start < 0;
}

/// <summary>The root of every AST node. Nodes are immutable once the parser returns them.</summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(Location location)
    {
        Location = location;
    }

    public abstract SyntaxKind Kind { get; }

    public Location Location { get; }
}

/// <summary>Every kind of AST node, named after the grammar production it represents.</summary>
public enum SyntaxKind
{
    Name,

    // Executable documents (spec §2)
    Document,
    OperationDefinition,
    VariableDefinition,
    Variable,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,

    // Values (spec §2.9)
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,

    Directive,

    // Type references (spec §2.11)
    NamedType,
    ListType,
    NonNullType,

    // Type system definitions (spec §3)
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,

    // Type system extensions (spec §3.1.1, §3.4.3)
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,

    // Schema coordinates (spec §2.13)
    TypeCoordinate,
    MemberCoordinate,
    ArgumentCoordinate,
    DirectiveCoordinate,
    DirectiveArgumentCoordinate,
}

/// <summary>A Name token (spec §2.1.9).</summary>
public sealed class NameNode(string value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; } = value;

    public override string ToString() => Value;
}
