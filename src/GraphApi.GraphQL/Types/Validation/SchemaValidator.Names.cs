using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

public static partial class SchemaValidator
{
    private const string ReservedNamesAnchor = "Names.Reserved-Names";

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
