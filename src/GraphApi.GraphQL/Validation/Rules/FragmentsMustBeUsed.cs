namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.5.1.4 Fragments Must Be Used — https://spec.graphql.org/draft/#sec-Fragments-Must-Be-Used. NOT YET IMPLEMENTED.</summary>
public sealed class FragmentsMustBeUsed : ValidationVisitor
{
    public const string SpecAnchor = "Fragments-Must-Be-Used";
}
