namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string DirectivesAnchor = "Type-System.Directives.Type-Validation";
    private const string SchemaAnchor = "Schema";

    /// <summary>
    /// spec §3.13 Type Validation: at least one location, a name not reserved, valid arguments, and no
    /// reference to itself; and spec §3.3: directive names are unique.
    /// </summary>
    private static void ValidateDirectives(SchemaValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            if (!seen.Add(directive.Name))
            {
                context.Report(
                    $"There can be only one directive named \"@{directive.Name}\".",
                    SchemaAnchor,
                    context.Schema.Directives[directive.Name]!.AstNode?.Name,
                    directive.AstNode?.Name);
                continue;
            }

            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", DirectivesAnchor, directive.AstNode);
            }

            ValidateArguments(context, "@" + directive.Name, directive.Arguments, DirectivesAnchor, blameTypeNode: false);
            ValidateDirectiveDoesNotReferenceItself(context, directive);
        }
    }
}
