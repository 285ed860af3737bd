namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Operation Name Uniqueness — https://spec.graphql.org/draft/#sec-Operation-Name-Uniqueness. NOT YET IMPLEMENTED.</summary>
public sealed class OperationNameUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Operation-Name-Uniqueness";
}
