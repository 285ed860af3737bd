using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string UnionsAnchor = "Unions.Type-Validation";

    /// <summary>
    /// spec §3.8 Type Validation: one or more unique member types. That they are object types is checked on
    /// the SDL document, since the model cannot hold anything else.
    /// </summary>
    private static void ValidateUnionMembers(SchemaValidationContext context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", UnionsAnchor, DefinitionNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionsAnchor, MemberNodes(union, member.Name));
            }
        }
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
