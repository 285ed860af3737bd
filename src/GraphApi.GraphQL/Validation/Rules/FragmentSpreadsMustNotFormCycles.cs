namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles — https://spec.graphql.org/draft/#sec-Fragment-Spreads-Must-Not-Form-Cycles. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentSpreadsMustNotFormCycles : ValidationVisitor
{
    public const string SpecAnchor = "Fragment-Spreads-Must-Not-Form-Cycles";
}
