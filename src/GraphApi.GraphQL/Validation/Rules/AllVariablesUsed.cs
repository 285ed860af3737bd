namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used — https://spec.graphql.org/draft/#sec-All-Variables-Used. NOT YET IMPLEMENTED.</summary>
public sealed class AllVariablesUsed : ValidationVisitor
{
    public const string SpecAnchor = "All-Variables-Used";
}
