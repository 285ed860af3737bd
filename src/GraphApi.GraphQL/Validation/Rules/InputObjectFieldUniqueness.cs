namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness — https://spec.graphql.org/draft/#sec-Input-Object-Field-Uniqueness. NOT YET IMPLEMENTED.</summary>
public sealed class InputObjectFieldUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Input-Object-Field-Uniqueness";
}
