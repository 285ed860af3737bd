namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness — https://spec.graphql.org/draft/#sec-Variable-Uniqueness. NOT YET IMPLEMENTED.</summary>
public sealed class VariableUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Variable-Uniqueness";
}
