namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.8.5 All Variable Usages Are Allowed — https://spec.graphql.org/draft/#sec-All-Variable-Usages-Are-Allowed. NOT YET IMPLEMENTED.</summary>
public sealed class AllVariableUsagesAreAllowed : ValidationVisitor
{
    public const string SpecAnchor = "All-Variable-Usages-Are-Allowed";
}
