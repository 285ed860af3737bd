namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined — https://spec.graphql.org/draft/#sec-Directives-Are-Defined. NOT YET IMPLEMENTED.</summary>
public sealed class DirectivesAreDefined : ValidationVisitor
{
    public const string SpecAnchor = "Directives-Are-Defined";
}
