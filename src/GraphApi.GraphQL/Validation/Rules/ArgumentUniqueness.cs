namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness — https://spec.graphql.org/draft/#sec-Argument-Uniqueness. NOT YET IMPLEMENTED.</summary>
public sealed class ArgumentUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Argument-Uniqueness";
}
