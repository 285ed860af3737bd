namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.2.4.1 Single Root Field — https://spec.graphql.org/draft/#sec-Single-Root-Field. NOT YET IMPLEMENTED.</summary>
public sealed class SingleRootField : ValidationVisitor
{
    public const string SpecAnchor = "Single-Root-Field";
}
