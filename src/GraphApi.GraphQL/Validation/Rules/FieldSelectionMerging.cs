namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.3.2 Field Selection Merging — https://spec.graphql.org/draft/#sec-Field-Selection-Merging. NOT YET IMPLEMENTED.</summary>
public sealed class FieldSelectionMerging : ValidationVisitor
{
    public const string SpecAnchor = "Field-Selection-Merging";
}
