using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

/// <summary>
/// Checks an SDL document before a schema is built from it, so that the builder can rely on a sane document:
/// the rules graphql-js runs in <c>buildASTSchema</c> / <c>extendSchema</c> (its <c>specifiedSDLRules</c>),
/// with errors in the same order, plus what the spec asks for and graphql-js omits or checks only on the
/// built schema: executable definitions are rejected (spec §3), an input object extension cannot add
/// <c>@oneOf</c> (spec §3.10.2), and root types, union members and implemented interfaces are of the right
/// kind (the model cannot hold references of another kind).
/// </summary>
/// <remarks>
/// The walk visits nodes in document order and, at each node, applies the rules in graphql-js's rule order,
/// as graphql-js's parallel visitor does.
/// </remarks>
public static partial class SdlValidator
{
    /// <summary>Validates <paramref name="sdl"/>; an empty list means the document may be built.</summary>
    /// <param name="sdl">A type system document (definitions and extensions).</param>
    /// <param name="existing">The schema the document extends, if any: its types and directives count as known.</param>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode sdl, Schema? existing = null)
    {
        var context = new SdlValidationContext(sdl, existing);
        foreach (var definition in sdl.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode executable:
                    ReportExecutableDefinition(context, executable);
                    break;
                case SchemaDefinitionNode schema:
                    CheckLoneSchemaDefinition(context, schema);
                    CheckOperationTypes(context, schema.OperationTypes);
                    WalkSchema(context, schema.Directives, schema.OperationTypes);
                    break;
                case SchemaExtensionNode schemaExtension:
                    CheckOperationTypes(context, schemaExtension.OperationTypes);
                    WalkSchema(context, schemaExtension.Directives, schemaExtension.OperationTypes);
                    break;
                case DirectiveDefinitionNode directive:
                    CheckArgumentDefinitionNames(context, "@" + directive.Name.Value, directive.Arguments, DirectivesAnchor);
                    CheckDirectiveName(context, directive);
                    WalkInputValues(context, directive.Arguments, DirectiveLocation.ArgumentDefinition);
                    break;
                case NamedTypeSystemNode type:
                    CheckTypeDefinition(context, type);
                    CheckDirectivesPerLocation(context, type.Directives, TypeDirectivesSeen(context, type.Name.Value), $"type \"{type.Name.Value}\"");
                    if (type is TypeExtensionNode extension)
                    {
                        CheckTypeExtension(context, extension);
                    }

                    CheckReferenceKinds(context, type);

                    WalkTypeContents(context, type);
                    break;
            }
        }

        return context.Errors;
    }

    private static void WalkSchema(
        SdlValidationContext context,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        CheckDirectivesPerLocation(context, directives, SchemaDirectivesSeen(context), "the schema");
        WalkDirectives(context, directives, DirectiveLocation.Schema);
        foreach (var operationType in operationTypes)
        {
            CheckKnownType(context, operationType.Type);
            CheckOperationTypeKind(context, operationType);
        }
    }

    private static void WalkTypeContents(SdlValidationContext context, NamedTypeSystemNode type)
    {
        switch (type)
        {
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                WalkDirectives(context, type.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode o:
                WalkFieldsType(context, o.Interfaces, o.Directives, DirectiveLocation.Object, o.Fields);
                break;
            case ObjectTypeExtensionNode o:
                WalkFieldsType(context, o.Interfaces, o.Directives, DirectiveLocation.Object, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                WalkFieldsType(context, i.Interfaces, i.Directives, DirectiveLocation.Interface, i.Fields);
                break;
            case InterfaceTypeExtensionNode i:
                WalkFieldsType(context, i.Interfaces, i.Directives, DirectiveLocation.Interface, i.Fields);
                break;
            case UnionTypeDefinitionNode u:
                WalkUnion(context, u.Directives, u.Types);
                break;
            case UnionTypeExtensionNode u:
                WalkUnion(context, u.Directives, u.Types);
                break;
            case EnumTypeDefinitionNode e:
                WalkEnum(context, e.Directives, e.Values);
                break;
            case EnumTypeExtensionNode e:
                WalkEnum(context, e.Directives, e.Values);
                break;
            case InputObjectTypeDefinitionNode io:
                WalkDirectives(context, io.Directives, DirectiveLocation.InputObject);
                WalkInputValues(context, io.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode io:
                WalkDirectives(context, io.Directives, DirectiveLocation.InputObject);
                WalkInputValues(context, io.Fields, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private static void WalkFieldsType(
        SdlValidationContext context,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        DirectiveLocation location,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var iface in interfaces)
        {
            CheckKnownType(context, iface);
        }

        WalkDirectives(context, directives, location);
        foreach (var field in fields)
        {
            CheckDirectivesPerLocation(context, field.Directives, new(), null);
            WalkInputValues(context, field.Arguments, DirectiveLocation.ArgumentDefinition);
            CheckKnownType(context, field.Type);
            WalkDirectives(context, field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    private static void WalkUnion(SdlValidationContext context, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> members)
    {
        WalkDirectives(context, directives, DirectiveLocation.Union);
        foreach (var member in members)
        {
            CheckKnownType(context, member);
        }
    }

    private static void WalkEnum(SdlValidationContext context, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        WalkDirectives(context, directives, DirectiveLocation.Enum);
        foreach (var value in values)
        {
            CheckDirectivesPerLocation(context, value.Directives, new(), null);
            WalkDirectives(context, value.Directives, DirectiveLocation.EnumValue);
        }
    }

    /// <summary>Arguments (of fields or directives) or input fields, applying directives at <paramref name="location"/>.</summary>
    private static void WalkInputValues(SdlValidationContext context, IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            CheckDirectivesPerLocation(context, value.Directives, new(), null);
            CheckKnownType(context, value.Type);
            if (value.DefaultValue is not null)
            {
                WalkValue(context, value.DefaultValue);
            }

            WalkDirectives(context, value.Directives, location);
        }
    }

    private static void WalkDirectives(SdlValidationContext context, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            CheckKnownDirective(context, directive, location);
            CheckKnownArgumentNames(context, directive);
            CheckUniqueArgumentNames(context, directive);
            foreach (var argument in directive.Arguments)
            {
                WalkValue(context, argument.Value);
            }

            CheckRequiredArguments(context, directive);
        }
    }
}
