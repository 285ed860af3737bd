using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2.1 Required Arguments (https://spec.graphql.org/draft/#sec-Required-Arguments): a field or
/// directive is given every argument whose type is Non-Null and which has no default value; the error is
/// reported at the field or directive. The section's other clause, that such an argument is not the
/// literal <c>null</c>, is reported by §5.6.1 Values of Correct Type (as in graphql-js), so that one
/// mistake gives one error.
/// </summary>
public sealed class RequiredArguments : ValidationVisitor
{
    public const string SpecAnchor = "Required-Arguments";

    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;

    public override void EnterDocument(DocumentNode node) => _documentDirectives = DocumentDirectives.Collect(node);

    // On leave, like graphql-js, so the errors of a field come after those of its subfields.
    public override void LeaveField(FieldNode node)
    {
        var typeInfo = Context.TypeInfo;
        if (typeInfo.FieldDefinition is not { Arguments.Count: > 0 } field || typeInfo.ParentType is not { } parentType)
        {
            return;
        }

        foreach (var definition in field.Arguments)
        {
            if (definition.IsRequired && !IsProvided(node.Arguments, definition.Name))
            {
                Context.ReportError(
                    $"Field \"{parentType.Name}.{field.Name}\" requires argument \"{definition.Name}\" of type \"{definition.Type}\", but it was not provided.",
                    SpecAnchor,
                    node);
            }
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var documentDefinition))
        {
            foreach (var definition in documentDefinition.Arguments)
            {
                if (DocumentDirectives.IsRequired(definition) && !IsProvided(node.Arguments, definition.Name.Value))
                {
                    ReportMissingDirectiveArgument(node, definition.Name.Value, Print(definition.Type));
                }
            }
        }
        else if (Context.Schema.GetDirective(name) is { } directive)
        {
            foreach (var definition in directive.Arguments)
            {
                if (definition.IsRequired && !IsProvided(node.Arguments, definition.Name))
                {
                    ReportMissingDirectiveArgument(node, definition.Name, definition.Type.ToString());
                }
            }
        }
    }

    private void ReportMissingDirectiveArgument(DirectiveNode node, string argumentName, string typeName) =>
        Context.ReportError(
            $"Directive \"@{node.Name.Value}\" requires argument \"{argumentName}\" of type \"{typeName}\", but it was not provided.",
            SpecAnchor,
            node);

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private static string Print(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        ListTypeNode list => "[" + Print(list.Type) + "]",
        _ => ((NamedTypeNode)type).Name.Value,
    };
}
