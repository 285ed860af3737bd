namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments On Composite Types — https://spec.graphql.org/draft/#sec-Fragments-On-Composite-Types. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentsOnCompositeTypes : ValidationVisitor
{
    public const string SpecAnchor = "Fragments-On-Composite-Types";
}
