namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.3.3 Leaf Field Selections — https://spec.graphql.org/draft/#sec-Leaf-Field-Selections. NOT YET IMPLEMENTED.</summary>
public sealed class LeafFieldSelections : ValidationVisitor
{
    public const string SpecAnchor = "Leaf-Field-Selections";
}
