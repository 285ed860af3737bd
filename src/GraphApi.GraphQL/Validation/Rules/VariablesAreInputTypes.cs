namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types — https://spec.graphql.org/draft/#sec-Variables-Are-Input-Types. NOT YET IMPLEMENTED.</summary>
public sealed class VariablesAreInputTypes : ValidationVisitor
{
    public const string SpecAnchor = "Variables-Are-Input-Types";
}
