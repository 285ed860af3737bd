namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.6.2 Input Object Field Names — https://spec.graphql.org/draft/#sec-Input-Object-Field-Names. NOT YET IMPLEMENTED.</summary>
public sealed class InputObjectFieldNames : ValidationVisitor
{
    public const string SpecAnchor = "Input-Object-Field-Names";
}
