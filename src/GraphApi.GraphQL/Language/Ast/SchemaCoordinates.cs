namespace GraphApi.GraphQL.Language.Ast;

/// <summary>
/// SchemaCoordinate (spec §2.13): <c>Type</c>, <c>Type.member</c>, <c>Type.field(arg:)</c>, <c>@directive</c>
/// or <c>@directive(arg:)</c>. <see cref="Kind"/> tells which form it is.
/// </summary>
public sealed class SchemaCoordinateNode(
    SyntaxKind kind,
    bool isDirective,
    NameNode name,
    NameNode? memberName,
    NameNode? argumentName,
    Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind { get; } = kind;

    public bool IsDirective { get; } = isDirective;

    /// <summary>The type name, or the directive name without its <c>@</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The field, input field or enum value of a MemberCoordinate or ArgumentCoordinate.</summary>
    public NameNode? MemberName { get; } = memberName;

    public NameNode? ArgumentName { get; } = argumentName;
}
