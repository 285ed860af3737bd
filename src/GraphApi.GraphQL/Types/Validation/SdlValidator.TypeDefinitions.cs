using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SdlValidator
{
    private const string TypesAnchor = "Types";
    private const string DirectivesAnchor = "Type-System.Directives.Type-Validation";

    /// <summary>
    /// The uniqueness rules that apply when a type is defined or extended, in graphql-js's order: type names
    /// (spec §3.3), enum values (§3.9), fields (§3.6, §3.7, §3.10) and field arguments (§3.6).
    /// </summary>
    private static void CheckTypeDefinition(SdlValidationContext context, NamedTypeSystemNode type)
    {
        if (type is TypeDefinitionNode definition)
        {
            CheckTypeName(context, definition);
        }

        switch (type)
        {
            case EnumTypeDefinitionNode e:
                CheckEnumValueNames(context, type, e.Values);
                break;
            case EnumTypeExtensionNode e:
                CheckEnumValueNames(context, type, e.Values);
                break;
            case ObjectTypeDefinitionNode o:
                CheckFieldsAndArguments(context, type, o.Fields);
                break;
            case ObjectTypeExtensionNode o:
                CheckFieldsAndArguments(context, type, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                CheckFieldsAndArguments(context, type, i.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                CheckFieldsAndArguments(context, type, i.Fields);
                break;
            case InputObjectTypeDefinitionNode io:
                CheckFieldNames(context, type, io.Fields.Select(f => f.Name));
                break;
            case InputObjectTypeExtensionNode io:
                CheckFieldNames(context, type, io.Fields.Select(f => f.Name));
                break;
        }
    }

    private static void CheckTypeName(SdlValidationContext context, TypeDefinitionNode definition)
    {
        var name = definition.Name;
        if (context.Existing?.GetType(name.Value) is not null)
        {
            context.Report(
                $"Type \"{name.Value}\" already exists in the schema. It cannot also be defined in this type definition.",
                SchemaAnchor,
                name);
        }
        else if (context.TypeNames.TryGetValue(name.Value, out var previous))
        {
            context.Report($"There can be only one type named \"{name.Value}\".", SchemaAnchor, previous, name);
        }
        else
        {
            context.TypeNames[name.Value] = name;
        }
    }

    private static void CheckEnumValueNames(SdlValidationContext context, NamedTypeSystemNode type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        var typeName = type.Name.Value;
        var known = Seen(context.EnumValueNames, typeName);
        var existing = context.Existing?.GetType(typeName) as EnumType;
        foreach (var value in values)
        {
            var name = value.Name;
            if (existing?.Values.Contains(name.Value) == true)
            {
                context.Report(
                    $"Enum value \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                    TypeValidationAnchor(type),
                    name);
            }
            else if (known.TryGetValue(name.Value, out var previous))
            {
                context.Report($"Enum value \"{typeName}.{name.Value}\" can only be defined once.", TypeValidationAnchor(type), previous, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }
    }

    private static void CheckFieldsAndArguments(SdlValidationContext context, NamedTypeSystemNode type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        CheckFieldNames(context, type, fields.Select(f => f.Name));
        foreach (var field in fields)
        {
            CheckArgumentDefinitionNames(context, type.Name.Value + "." + field.Name.Value, field.Arguments, TypeValidationAnchor(type));
        }
    }

    private static void CheckFieldNames(SdlValidationContext context, NamedTypeSystemNode type, IEnumerable<NameNode> fieldNames)
    {
        var typeName = type.Name.Value;
        var known = Seen(context.FieldNames, typeName);
        var existing = context.Existing?.GetType(typeName);
        foreach (var name in fieldNames)
        {
            if (HasField(existing, name.Value))
            {
                context.Report(
                    $"Field \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                    TypeValidationAnchor(type),
                    name);
            }
            else if (known.TryGetValue(name.Value, out var previous))
            {
                context.Report($"Field \"{typeName}.{name.Value}\" can only be defined once.", TypeValidationAnchor(type), previous, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }
    }

    private static bool HasField(NamedType? type, string name) => type switch
    {
        FieldsType fieldsType => fieldsType.Fields.Contains(name),
        InputObjectType inputObject => inputObject.Fields.Contains(name),
        _ => false,
    };

    /// <summary>spec §3.6 rule 2.4.2, §3.13 rule 5.2: the arguments of one field or directive have distinct names.</summary>
    private static void CheckArgumentDefinitionNames(
        SdlValidationContext context,
        string owner,
        IReadOnlyList<InputValueDefinitionNode> arguments,
        string anchor)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var names = group.Select(a => (SyntaxNode?)a.Name).ToArray();
            if (names.Length > 1)
            {
                context.Report($"Argument \"{owner}({group.Key}:)\" can only be defined once.", anchor, names);
            }
        }
    }

    /// <summary>spec §3.3: directive names are unique, also against the schema being extended.</summary>
    private static void CheckDirectiveName(SdlValidationContext context, DirectiveDefinitionNode directive)
    {
        var name = directive.Name;
        if (context.Existing?.GetDirective(name.Value) is not null)
        {
            context.Report($"Directive \"@{name.Value}\" already exists in the schema. It cannot be redefined.", SchemaAnchor, name);
        }
        else if (context.DirectiveNames.TryGetValue(name.Value, out var previous))
        {
            context.Report($"There can be only one directive named \"@{name.Value}\".", SchemaAnchor, previous, name);
        }
        else
        {
            context.DirectiveNames[name.Value] = name;
        }
    }

    /// <summary>
    /// spec §3.4.3 and the "Type Validation" of each extension kind: the extended type exists and is of the
    /// extension's kind; and (§3.10.2) an input object extension does not add <c>@oneOf</c>.
    /// </summary>
    private static void CheckTypeExtension(SdlValidationContext context, TypeExtensionNode extension)
    {
        var typeName = extension.Name.Value;
        var definition = context.DefinedTypes.GetValueOrDefault(typeName);
        var expectedKind = definition is not null
            ? ExtensionKindOf(definition.Kind)
            : context.Existing?.GetType(typeName) is { } existing ? ExtensionKindOf(existing.Kind) : (SyntaxKind?)null;
        if (expectedKind is null)
        {
            var candidates = context.DefinedTypes.Keys.Concat(context.Existing?.Types.Select(t => t.Name) ?? []);
            context.Report(
                $"Cannot extend type \"{typeName}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.For(typeName, candidates)),
                TypeValidationAnchor(extension),
                extension.Name);
            return;
        }

        if (expectedKind != extension.Kind)
        {
            context.Report($"Cannot extend non-{KindDescription(extension.Kind)} type \"{typeName}\".", TypeValidationAnchor(extension), definition, extension);
            return;
        }

        if (extension is InputObjectTypeExtensionNode)
        {
            foreach (var directive in extension.Directives)
            {
                if (directive.Name.Value == "oneOf")
                {
                    context.Report(
                        $"Input Object type extension \"{typeName}\" cannot add @oneOf: only the definition of an Input Object can make it a OneOf Input Object.",
                        TypeValidationAnchor(extension),
                        directive);
                }
            }
        }
    }

    /// <summary>KnownTypeNames: every type referenced in the document is defined in it, in the schema it extends, or standard.</summary>
    private static void CheckKnownType(SdlValidationContext context, TypeNode reference)
    {
        while (reference is not NamedTypeNode)
        {
            reference = reference is ListTypeNode list ? list.Type : ((NonNullTypeNode)reference).Type;
        }

        var named = (NamedTypeNode)reference;
        var name = named.Name.Value;
        if (context.DefinedTypes.ContainsKey(name) || context.Existing?.GetType(name) is not null || StandardTypes.IsStandard(name))
        {
            return;
        }

        var candidates = StandardTypes.Names
            .Concat(context.Existing?.Types.Select(t => t.Name) ?? [])
            .Concat(context.DefinedTypes.Keys);
        context.Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, candidates)), TypesAnchor, named);
    }

    private static Dictionary<string, NameNode> Seen(Dictionary<string, Dictionary<string, NameNode>> byType, string typeName)
    {
        if (!byType.TryGetValue(typeName, out var seen))
        {
            byType[typeName] = seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        }

        return seen;
    }

    private static SyntaxKind? ExtensionKindOf(SyntaxKind definitionKind) => definitionKind switch
    {
        SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
        SyntaxKind.InputObjectTypeDefinition => SyntaxKind.InputObjectTypeExtension,
        _ => null,
    };

    private static SyntaxKind ExtensionKindOf(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => SyntaxKind.ScalarTypeExtension,
        TypeKind.Object => SyntaxKind.ObjectTypeExtension,
        TypeKind.Interface => SyntaxKind.InterfaceTypeExtension,
        TypeKind.Union => SyntaxKind.UnionTypeExtension,
        TypeKind.Enum => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static string KindDescription(SyntaxKind extensionKind) => extensionKind switch
    {
        SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };

    /// <summary>The "Type Validation" section of the definition's or extension's kind.</summary>
    private static string TypeValidationAnchor(NamedTypeSystemNode node) => node.Kind switch
    {
        SyntaxKind.ScalarTypeExtension => "Scalar-Extensions.Type-Validation",
        SyntaxKind.ObjectTypeDefinition => "Objects.Type-Validation",
        SyntaxKind.ObjectTypeExtension => "Object-Extensions.Type-Validation",
        SyntaxKind.InterfaceTypeDefinition => "Interfaces.Type-Validation",
        SyntaxKind.InterfaceTypeExtension => "Interface-Extensions.Type-Validation",
        SyntaxKind.UnionTypeDefinition => "Unions.Type-Validation",
        SyntaxKind.UnionTypeExtension => "Union-Extensions.Type-Validation",
        SyntaxKind.EnumTypeDefinition => "Enums.Type-Validation",
        SyntaxKind.EnumTypeExtension => "Enum-Extensions.Type-Validation",
        SyntaxKind.InputObjectTypeDefinition => "Input-Objects.Type-Validation",
        SyntaxKind.InputObjectTypeExtension => "Input-Object-Extensions.Type-Validation",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Scalar definitions have no rules of their own here."),
    };
}
