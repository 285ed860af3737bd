namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.7.3 Directives Are Unique Per Location — https://spec.graphql.org/draft/#sec-Directives-Are-Unique-Per-Location. NOT YET IMPLEMENTED.</summary>
public sealed class DirectivesAreUniquePerLocation : ValidationVisitor
{
    public const string SpecAnchor = "Directives-Are-Unique-Per-Location";
}
