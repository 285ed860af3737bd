namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.3.1 Field Selections — https://spec.graphql.org/draft/#sec-Field-Selections. NOT YET IMPLEMENTED.</summary>
public sealed class FieldSelections : ValidationVisitor
{
    public const string SpecAnchor = "Field-Selections";
}
