namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string ObjectsAnchor = "Objects.Type-Validation";
    private const string InterfacesAnchor = "Interfaces.Type-Validation";

    private static string TypeValidationAnchor(FieldsType type) => type is InterfaceType ? InterfacesAnchor : ObjectsAnchor;

    /// <summary>
    /// spec §3.6 / §3.7 Type Validation, rules 1-2: one or more fields, each uniquely named, not reserved,
    /// of an output type, with valid arguments.
    /// </summary>
    private static void ValidateFields(SchemaValidationContext context, FieldsType type)
    {
        var anchor = TypeValidationAnchor(type);
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", anchor, DefinitionNodes(type));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var coordinate = type.Name + "." + field.Name;
            if (!seen.Add(field.Name))
            {
                context.Report($"Field \"{coordinate}\" can only be defined once.", anchor, type.Fields[field.Name]!.AstNode?.Name, field.AstNode?.Name);
                continue;
            }

            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {coordinate} must be Output Type but got: {field.Type}.", anchor, field.AstNode?.Type);
            }

            ValidateArguments(context, coordinate, field.Arguments, anchor, blameTypeNode: true);
        }
    }

    /// <summary>
    /// The argument rules shared by fields (spec §3.6 rule 2.4) and directives (spec §3.13 rule 5): unique,
    /// not reserved, of an input type, not both required and deprecated, with a valid default value.
    /// </summary>
    /// <param name="owner">The field (<c>Type.field</c>) or directive (<c>@name</c>) the arguments belong to.</param>
    /// <param name="blameTypeNode">Whether a wrong type blames the type reference (fields) or the whole argument (directives), as graphql-js does.</param>
    private static void ValidateArguments(
        SchemaValidationContext context,
        string owner,
        NameMap<InputValueDefinition> arguments,
        string anchor,
        bool blameTypeNode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var coordinate = $"{owner}({argument.Name}:)";
            if (!seen.Add(argument.Name))
            {
                context.Report($"Argument \"{coordinate}\" can only be defined once.", anchor, arguments[argument.Name]!.AstNode?.Name, argument.AstNode?.Name);
                continue;
            }

            ValidateName(context, argument.Name, argument.AstNode);
            if (!argument.Type.IsInputType)
            {
                context.Report(
                    $"The type of {coordinate} must be Input Type but got: {argument.Type}.",
                    anchor,
                    blameTypeNode ? argument.AstNode?.Type : argument.AstNode);
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                context.Report(
                    $"Required argument {coordinate} cannot be deprecated.",
                    anchor,
                    DeprecatedDirective(argument.AstNode?.Directives),
                    argument.AstNode?.Type);
            }

            ValidateDefaultValue(context, coordinate, argument, anchor);
        }
    }
}
