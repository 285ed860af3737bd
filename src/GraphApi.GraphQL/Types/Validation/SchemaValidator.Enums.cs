namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string EnumsAnchor = "Enums.Type-Validation";

    /// <summary>spec §3.9 Type Validation: one or more unique values, none reserved, none of them true, false or null.</summary>
    private static void ValidateEnumValues(SchemaValidationContext context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", EnumsAnchor, DefinitionNodes(enumType));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            if (!seen.Add(value.Name))
            {
                context.Report(
                    $"Enum value \"{enumType.Name}.{value.Name}\" can only be defined once.",
                    EnumsAnchor,
                    enumType.Values[value.Name]!.AstNode?.Name,
                    value.AstNode?.Name);
                continue;
            }

            ValidateName(context, value.Name, value.AstNode);

            // The grammar's EnumValue excludes these names (spec §3.9), since a literal true, false or null
            // could never mean the enum value.
            if (value.Name is "true" or "false" or "null")
            {
                context.Report(
                    $"Enum type {enumType.Name} cannot include the value \"{value.Name}\": true, false and null are not valid enum values.",
                    EnumsAnchor,
                    value.AstNode);
            }
        }
    }
}
