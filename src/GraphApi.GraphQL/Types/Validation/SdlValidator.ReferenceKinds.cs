using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SdlValidator
{
    /// <summary>
    /// spec §3.3.1: a root operation type named in <c>schema { }</c> or <c>extend schema { }</c> is an object
    /// type. Checked on the document because the model holds only object roots; the message is graphql-js's
    /// (which checks this in validateSchema).
    /// </summary>
    private static void CheckOperationTypeKind(SdlValidationContext context, OperationTypeDefinitionNode operationType)
    {
        var typeName = operationType.Type.Name.Value;
        if (KindOf(context, typeName) is not { } kind || kind == TypeKind.Object)
        {
            return;
        }

        var operation = OperationName(operationType.Operation);
        var rule = operationType.Operation == OperationType.Query ? "must be Object type" : "must be Object type if provided";
        context.Report(
            $"{char.ToUpperInvariant(operation[0])}{operation[1..]} root type {rule}, it cannot be {typeName}.",
            RootOperationTypesAnchor,
            operationType.Type);
    }

    /// <summary>
    /// spec §3.6 / §3.7 rule 3 and §3.8 rule 2: a type implements only interfaces, a union includes only object
    /// types. Checked on the document because the model cannot hold anything else, once per type over its
    /// definition and extensions, each wrong reference with every node naming it, as graphql-js reports it
    /// (in validateSchema).
    /// </summary>
    private static void CheckReferenceKinds(SdlValidationContext context, NamedTypeSystemNode type)
    {
        var typeName = type.Name.Value;
        bool isUnion = type is UnionTypeDefinitionNode or UnionTypeExtensionNode;
        if (!isUnion && type is not (ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode))
        {
            return;
        }

        if (!context.ReferenceKindsChecked.Add(typeName))
        {
            return;
        }

        var references = context.TypeNodes[typeName]
            .Where(node => (node is UnionTypeDefinitionNode or UnionTypeExtensionNode) == isUnion)
            .SelectMany(References)
            .ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            var name = reference.Name.Value;
            if (KindOf(context, name) is not { } kind || kind == (isUnion ? TypeKind.Object : TypeKind.Interface) || !reported.Add(name))
            {
                continue;
            }

            SyntaxNode?[] nodes = [.. references.Where(r => r.Name.Value == name)];
            var message = isUnion
                ? $"Union type {typeName} can only include Object types, it cannot include {name}."
                : $"Type {typeName} must only implement Interface types, it cannot implement {name}.";
            context.Report(message, TypeValidationAnchor(type), nodes);
        }

        static IReadOnlyList<NamedTypeNode> References(NamedTypeSystemNode node) => node switch
        {
            UnionTypeDefinitionNode u => u.Types,
            UnionTypeExtensionNode u => u.Types,
            ObjectTypeDefinitionNode o => o.Interfaces,
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        };
    }

    /// <summary>The kind of the type named <paramref name="name"/>, or null for an unknown type (reported on its own).</summary>
    private static TypeKind? KindOf(SdlValidationContext context, string name)
    {
        // A document's definition of a built-in scalar does not replace it (as in graphql-js).
        if (BuiltInScalars.IsBuiltIn(name))
        {
            return TypeKind.Scalar;
        }

        if (context.DefinedTypes.TryGetValue(name, out var definition))
        {
            return definition switch
            {
                ScalarTypeDefinitionNode => TypeKind.Scalar,
                ObjectTypeDefinitionNode => TypeKind.Object,
                InterfaceTypeDefinitionNode => TypeKind.Interface,
                UnionTypeDefinitionNode => TypeKind.Union,
                EnumTypeDefinitionNode => TypeKind.Enum,
                _ => TypeKind.InputObject,
            };
        }

        return context.Existing?.GetType(name)?.Kind ?? StandardTypes.IntrospectionKind(name);
    }
}
