namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Type Existence — https://spec.graphql.org/draft/#sec-Operation-Type-Existence. NOT YET IMPLEMENTED.</summary>
public sealed class OperationTypeExistence : ValidationVisitor
{
    public const string SpecAnchor = "Operation-Type-Existence";
}
