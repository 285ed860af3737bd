namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined — https://spec.graphql.org/draft/#sec-Fragment-Spread-Target-Defined. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentSpreadTargetDefined : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spread-Target-Defined";
}
