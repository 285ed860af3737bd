namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.6.1 Values of Correct Type — https://spec.graphql.org/draft/#sec-Values-of-Correct-Type. NOT YET IMPLEMENTED.</summary>
public sealed class ValuesOfCorrectType : ValidationVisitor
{
    public const string SpecAnchor = "Values-of-Correct-Type";
}
