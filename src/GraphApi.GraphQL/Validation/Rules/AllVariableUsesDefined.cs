namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.8.3 All Variable Uses Defined — https://spec.graphql.org/draft/#sec-All-Variable-Uses-Defined. NOT YET IMPLEMENTED.</summary>
public sealed class AllVariableUsesDefined : ValidationVisitor
{
    public const string SpecAnchor = "All-Variable-Uses-Defined";
}
