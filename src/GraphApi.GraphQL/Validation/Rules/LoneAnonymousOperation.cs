namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.2.3.1 Lone Anonymous Operation — https://spec.graphql.org/draft/#sec-Lone-Anonymous-Operation. NOT YET IMPLEMENTED.</summary>
public sealed class LoneAnonymousOperation : ValidationVisitor
{
    public const string SpecAnchor = "Lone-Anonymous-Operation";
}
