using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    /// <summary>
    /// spec §3.6 / §3.7 Type Validation, rules 3-4: each interface is declared once, never the type itself, and
    /// the type is a valid implementation of each (IsValidImplementation). That only interfaces are implemented
    /// is checked on the SDL document, since the model cannot hold anything else.
    /// </summary>
    private static void ValidateInterfaces(SchemaValidationContext context, FieldsType type)
    {
        var anchor = TypeValidationAnchor(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    anchor,
                    ImplementsNodes(type, iface.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", anchor, ImplementsNodes(type, iface.Name));
                continue;
            }

            ValidateImplementsAncestors(context, type, iface, anchor);
            ValidateImplementsFields(context, type, iface, anchor);
        }
    }

    /// <summary>IsValidImplementation rule 1: the interfaces of an implemented interface must be declared too.</summary>
    private static void ValidateImplementsAncestors(SchemaValidationContext context, FieldsType type, InterfaceType iface, string anchor)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Implements(transitive))
            {
                continue;
            }

            var message = ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
            context.Report(message, anchor, [.. ImplementsNodes(iface, transitive.Name), .. ImplementsNodes(type, iface.Name)]);
        }
    }

    /// <summary>IsValidImplementation rule 2: every field of the interface, with compatible type, arguments and deprecation.</summary>
    private static void ValidateImplementsFields(SchemaValidationContext context, FieldsType type, InterfaceType iface, string anchor)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var ifaceCoordinate = iface.Name + "." + ifaceField.Name;
            var typeField = type.Fields[ifaceField.Name];
            if (typeField is null)
            {
                context.Report(
                    $"Interface field {ifaceCoordinate} expected but {type.Name} does not provide it.",
                    anchor,
                    [ifaceField.AstNode, .. DefinitionNodes(type)]);
                continue;
            }

            var typeCoordinate = type.Name + "." + typeField.Name;
            if (!IsValidImplementationFieldType(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {ifaceCoordinate} expects type {ifaceField.Type} but {typeCoordinate} is type {typeField.Type}.",
                    anchor,
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.Arguments[ifaceArg.Name];
                if (typeArg is null)
                {
                    context.Report(
                        $"Interface field argument {ifaceCoordinate}({ifaceArg.Name}:) expected but {typeCoordinate} does not provide it.",
                        anchor,
                        ifaceArg.AstNode,
                        typeField.AstNode);
                }
                else if (!GraphQLType.AreEqual(ifaceArg.Type, typeArg.Type))
                {
                    context.Report(
                        $"Interface field argument {ifaceCoordinate}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {typeCoordinate}({typeArg.Name}:) is type {typeArg.Type}.",
                        anchor,
                        ifaceArg.AstNode?.Type,
                        typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && !ifaceField.Arguments.Contains(typeArg.Name))
                {
                    context.Report(
                        $"Argument \"{typeCoordinate}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{ifaceCoordinate}\".",
                        anchor,
                        typeArg.AstNode,
                        ifaceField.AstNode);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                context.Report(
                    $"Interface field {ifaceCoordinate} is not deprecated, so implementation field {typeCoordinate} must not be deprecated.",
                    anchor,
                    DeprecatedDirective(typeField.AstNode?.Directives),
                    typeField.AstNode?.Type);
            }
        }
    }

    /// <summary>spec §3.6 IsValidImplementationFieldType: covariant return types.</summary>
    private static bool IsValidImplementationFieldType(Schema schema, GraphQLType fieldType, GraphQLType implementedType)
    {
        while (true)
        {
            if (fieldType is NonNullType nonNull)
            {
                fieldType = nonNull.OfType;
                implementedType = implementedType.Nullable;
            }
            else if (fieldType is ListType list && implementedType is ListType implementedList)
            {
                fieldType = list.OfType;
                implementedType = implementedList.OfType;
            }
            else
            {
                return ReferenceEquals(fieldType, implementedType)
                    || (fieldType is NamedType sub && implementedType is NamedType super && super.IsAbstractType && schema.IsSubType(super, sub));
            }
        }
    }

    /// <summary>The references to <paramref name="name"/> in the implements lists of a type's definition and extensions.</summary>
    private static SyntaxNode?[] ImplementsNodes(FieldsType type, string name) =>
        [.. InterfaceReferences(type).Where(reference => reference.Name.Value == name)];

    private static IEnumerable<NamedTypeNode> InterfaceReferences(FieldsType type)
    {
        foreach (SyntaxNode? node in DefinitionNodes(type))
        {
            var references = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => [],
            };
            foreach (var reference in references)
            {
                yield return reference;
            }
        }
    }
}
