namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names — https://spec.graphql.org/draft/#sec-Argument-Names. NOT YET IMPLEMENTED.</summary>
public sealed class ArgumentNames : ValidationVisitor
{
    public const string SpecAnchor = "Argument-Names";
}
