namespace GraphApi.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions — https://spec.graphql.org/draft/#sec-Executable-Definitions. NOT YET IMPLEMENTED.</summary>
public sealed class ExecutableDefinitions : ValidationVisitor
{
    public const string SpecAnchor = "Executable-Definitions";
}
