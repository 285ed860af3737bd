namespace GraphApi.GraphQL.Execution.Values;

/// <summary>
/// The first reason an input literal could not be coerced, and where inside the value. Callers add what the
/// value was for (an argument, a default value) before it reaches a response.
/// </summary>
internal sealed class InputCoercionException(string message, InputPath? path) : Exception(message)
{
    public InputPath? Path { get; } = path;

    /// <summary>The message with the path, e.g. <c> at .a: Int cannot represent ...</c>, to follow a subject.</summary>
    public string Describe(string invalidWhat) => invalidWhat + InputPath.Describe(Path) + ": " + Message;
}
