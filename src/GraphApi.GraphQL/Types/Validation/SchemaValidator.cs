using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

/// <summary>
/// Checks a built <see cref="Schema"/> against the type-system rules of spec §3: root operation types,
/// reserved names, fields and arguments, interface implementations, unions, enums, input objects (circular
/// references, OneOf, default values) and directive definitions. Errors come out in the order graphql-js's
/// <c>validateSchema</c> reports them: roots, then directives, then types in schema order.
/// </summary>
/// <remarks>
/// The model holds only references of the right kind (root types and union members are object types,
/// implemented types are interfaces); <see cref="SdlValidator"/> rejects references of another kind before
/// the model is built.
/// </remarks>
public static partial class SchemaValidator
{
    /// <summary>Validates <paramref name="schema"/>; an empty list means the schema is valid.</summary>
    /// <param name="schema">The schema to check.</param>
    /// <param name="source">
    /// The text the schema's AST nodes were parsed from, to give errors their locations; without it errors
    /// have no locations.
    /// </param>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, Source? source = null)
    {
        var context = new SchemaValidationContext(schema, source);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private static void ValidateTypes(SchemaValidationContext context)
    {
        var defaultValueCycles = new DefaultValueCycleDetector(context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in context.Schema.Types)
        {
            // spec §3.3: type names are unique.
            if (!seen.Add(type.Name))
            {
                context.Report(
                    $"There can be only one type named \"{type.Name}\".",
                    SchemaAnchor,
                    context.Schema.Types[type.Name]!.AstNode?.Name,
                    type.AstNode?.Name);
                continue;
            }

            if (!StandardTypes.IntrospectionNames.Contains(type.Name))
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case FieldsType fieldsType:
                    ValidateFields(context, fieldsType);
                    ValidateInterfaces(context, fieldsType);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    defaultValueCycles.Check(inputObject);
                    break;
            }
        }

        ValidateInputObjectsHaveFiniteValues(context);
    }

    /// <summary>The nodes of a type's definition and extensions, for errors about the type as a whole.</summary>
    private static SyntaxNode?[] DefinitionNodes(NamedType type)
    {
        var nodes = new SyntaxNode?[type.ExtensionAstNodes.Count + 1];
        nodes[0] = type.AstNode;
        for (int i = 0; i < type.ExtensionAstNodes.Count; i++)
        {
            nodes[i + 1] = type.ExtensionAstNodes[i];
        }

        return nodes;
    }

    /// <summary>The <c>@deprecated</c> applied in SDL to a field, argument or input field, if any.</summary>
    private static DirectiveNode? DeprecatedDirective(IReadOnlyList<DirectiveNode>? directives)
    {
        if (directives is null)
        {
            return null;
        }

        foreach (var directive in directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return directive;
            }
        }

        return null;
    }
}
