namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.2.3 Fragment Spread Is Possible — https://spec.graphql.org/draft/#sec-Fragment-Spread-Is-Possible. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentSpreadIsPossible : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spread-Is-Possible";
}
