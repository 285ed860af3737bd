namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.4.2.1 Required Arguments — https://spec.graphql.org/draft/#sec-Required-Arguments. NOT YET IMPLEMENTED.</summary>
public sealed class RequiredArguments : ValidationVisitor
{
    public const string SpecAnchor = "Required-Arguments";
}
