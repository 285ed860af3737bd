namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A field error (spec §6.4.4 Handling Execution Errors) whose message is meant for the client. The
/// executor reports it with the field's locations and path and <c>extensions.code</c> = <see cref="Code"/>,
/// and nulls the field. Any other exception a resolver throws is reported without its message unless
/// <see cref="ExecutionOptions.ExposeExceptionMessages"/> is set.
/// </summary>
public class FieldErrorException : Exception
{
    public FieldErrorException(string message, string code)
        : base(message)
    {
        Code = code;
    }

    public FieldErrorException(string message, string code, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public string Code { get; }
}
