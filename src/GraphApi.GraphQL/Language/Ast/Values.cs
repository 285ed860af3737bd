namespace GraphApi.GraphQL.Language.Ast;

/// <summary>Value (spec §2.9). Literal values keep their source text; coercion happens later.</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);

/// <summary>Variable : $ Name (spec §2.10).</summary>
public sealed class VariableNode(NameNode name, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; } = name;
}

/// <summary>IntValue (spec §2.9.1), kept as its source text so that no precision is lost before coercion.</summary>
public sealed class IntValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; } = value;
}

/// <summary>FloatValue (spec §2.9.2), kept as its source text.</summary>
public sealed class FloatValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    public string Value { get; } = value;
}

/// <summary>StringValue (spec §2.9.4): <see cref="Value"/> is the cooked value, escapes resolved and block indentation removed.</summary>
public sealed class StringValueNode(string value, bool block, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; } = value;

    /// <summary>True for a <c>"""block string"""</c>.</summary>
    public bool Block { get; } = block;
}

/// <summary>BooleanValue (spec §2.9.3).</summary>
public sealed class BooleanValueNode(bool value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; } = value;
}

/// <summary>NullValue (spec §2.9.5).</summary>
public sealed class NullValueNode(Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>EnumValue (spec §2.9.6).</summary>
public sealed class EnumValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; } = value;
}

/// <summary>ListValue (spec §2.9.7).</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; } = values;
}

/// <summary>ObjectValue (spec §2.9.8).</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

/// <summary>ObjectField : Name : Value (spec §2.9.8).</summary>
public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
