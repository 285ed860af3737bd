using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

internal sealed partial class GraphQLEndpoint
{
    /// <summary>
    /// GraphQL over HTTP §GET: the parameters are in the query string, <c>variables</c> and <c>extensions</c>
    /// as JSON text; an empty parameter counts as absent.
    /// </summary>
    private static (GraphQLRequest? Request, Rejection? Failure) ReadGetRequest(HttpContext http)
    {
        var parameters = http.Request.Query;
        if (!TryGetParameter(parameters, "query", out var query, out var rejection)
            || !TryGetParameter(parameters, "operationName", out var operationName, out rejection)
            || !TryGetParameter(parameters, "variables", out var variablesText, out rejection)
            || !TryGetParameter(parameters, "extensions", out var extensionsText, out rejection)
            || !TryReadMap("variables", variablesText, out var variables, out rejection)
            || !TryReadMap("extensions", extensionsText, out var extensions, out rejection))
        {
            return (null, rejection);
        }

        return (new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions }, null);
    }

    private static bool TryGetParameter(IQueryCollection parameters, string name, out string? value, out Rejection? rejection)
    {
        var values = parameters[name];
        rejection = null;
        if (values.Count > 1)
        {
            value = null;
            rejection = Rejection.BadRequest($"The \"{name}\" parameter is given {values.Count} times; give it once.");
            return false;
        }

        value = values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
        return true;
    }

    private static bool TryReadMap(string name, string? text, out JsonElement? value, out Rejection? rejection)
    {
        value = null;
        rejection = null;
        if (text is null)
        {
            return true;
        }

        if (GraphQLRequestReader.TryReadMap(name, text, out value, out var error))
        {
            return true;
        }

        rejection = new Rejection(StatusCodes.Status400BadRequest, error);
        return false;
    }
}
