namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness — https://spec.graphql.org/draft/#sec-Fragment-Name-Uniqueness. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentNameUniqueness : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Name-Uniqueness";
}
