using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string ReservedNamesAnchor = "Names.Reserved-Names";

    /// <summary>The types of the introspection system (spec §4.2), the only types that may use the <c>__</c> prefix.</summary>
    private static readonly HashSet<string> IntrospectionTypeNames = new(StringComparer.Ordinal)
    {
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    private static bool IsIntrospectionTypeName(string name) => IntrospectionTypeNames.Contains(name);

    /// <summary>spec §2.1.9 Reserved Names: names in a type system must not start with <c>__</c>.</summary>
    private static void ValidateName(SchemaValidationContext context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report(
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                ReservedNamesAnchor,
                node);
        }
    }
}
