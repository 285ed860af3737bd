using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string UnionsAnchor = "Unions.Type-Validation";

    /// <summary>spec §3.8 Type Validation: one or more unique member types, all of them object types.</summary>
    private static void ValidateUnionMembers(SchemaValidationContext context, UnionType union)
    {
        var members = DeclaredMembers(context.Schema, union);
        if (members.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", UnionsAnchor, DefinitionNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionsAnchor, MemberNodes(union, member.Name));
            }
            else if (member is not ObjectType)
            {
                context.Report(
                    $"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    UnionsAnchor,
                    MemberNodes(union, member.Name));
            }
        }
    }

    /// <summary>
    /// The member types of a union, whatever their kind, in declaration order: from the SDL nodes when there
    /// are any, since the model keeps only the object types among them.
    /// </summary>
    private static List<NamedType> DeclaredMembers(Schema schema, UnionType union)
    {
        if (union.AstNode is null && union.ExtensionAstNodes.Count == 0)
        {
            return [.. union.Types];
        }

        var members = new List<NamedType>();
        foreach (var reference in MemberReferences(union))
        {
            if (schema.GetType(reference.Name.Value) is { } resolved)
            {
                members.Add(resolved);
            }
        }

        return members;
    }

    private static SyntaxNode?[] MemberNodes(UnionType union, string name) =>
        [.. MemberReferences(union).Where(reference => reference.Name.Value == name)];

    private static IEnumerable<NamedTypeNode> MemberReferences(UnionType union)
    {
        foreach (SyntaxNode? node in DefinitionNodes(union))
        {
            var references = node switch
            {
                UnionTypeDefinitionNode definition => definition.Types,
                UnionTypeExtensionNode extension => extension.Types,
                _ => [],
            };
            foreach (var reference in references)
            {
                yield return reference;
            }
        }
    }
}
