using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Validation;

/// <summary>Builds the errors of schema and SDL validation: <c>extensions.code</c> and <c>specifiedBy</c> set alike.</summary>
internal static class SchemaErrors
{
    public static GraphQLError Create(string message, string specAnchor, Source? source, ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        if (source is not null)
        {
            foreach (var node in nodes)
            {
                if (node is not null && !node.Location.IsNone)
                {
                    locations.Add(source.GetLocation(node.Location.Start));
                }
            }
        }

        return new GraphQLError(
            message,
            locations,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = ErrorCodes.InvalidSchema,
                ["specifiedBy"] = SpecSections.Url(specAnchor),
            });
    }
}
