namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.6.4 Input Object Required Fields — https://spec.graphql.org/draft/#sec-Input-Object-Required-Fields. NOT YET IMPLEMENTED.</summary>
public sealed class InputObjectRequiredFields : ValidationVisitor
{
    public const string SpecAnchor = "Input-Object-Required-Fields";
}
