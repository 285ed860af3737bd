namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.7.2 Directives Are In Valid Locations — https://spec.graphql.org/draft/#sec-Directives-Are-In-Valid-Locations. NOT YET IMPLEMENTED.</summary>
public sealed class DirectivesAreInValidLocations : ValidationVisitor
{
    public const string SpecAnchor = "Directives-Are-In-Valid-Locations";
}
