namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.1.2 Fragment Spread Type Existence — https://spec.graphql.org/draft/#sec-Fragment-Spread-Type-Existence. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentSpreadTypeExistence : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spread-Type-Existence";
}
