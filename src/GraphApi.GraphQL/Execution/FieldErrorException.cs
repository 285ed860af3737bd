namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A field error (spec §6.4.4 Handling Execution Errors) with the <c>extensions.code</c> it reports, e.g. an
/// argument that cannot be coerced. The executor turns it into an error at the field's path and locations.
/// </summary>
public sealed class FieldErrorException(string message, string code) : Exception(message)
{
    public string Code { get; } = code;
}
