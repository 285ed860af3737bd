using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// A GraphQL request as a transport receives it (GraphQL over HTTP §5 Request Parameters): the document
/// text, the operation to run, and variables and extensions as JSON.
/// </summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>A JSON object, or null/undefined when the request has no variables.</summary>
    public JsonElement? Variables { get; init; }

    public JsonElement? Extensions { get; init; }
}
