namespace GraphApi.GraphQL.Validation;

/// <summary>Limits that apply while validating a document.</summary>
public sealed class ValidationOptions
{
    public static readonly ValidationOptions Default = new();

    /// <summary>
    /// Validation stops after this many errors and reports one more error saying it stopped. A hostile
    /// document could otherwise produce an error per node. Default: 100, as in graphql-js.
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
