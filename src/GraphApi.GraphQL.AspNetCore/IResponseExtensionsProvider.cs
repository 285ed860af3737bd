using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>
/// Adds entries to the <c>extensions</c> of the results the HTTP endpoint writes for executed queries and
/// mutations (spec §7.1 Response Format), e.g. diagnostics of the request. Register implementations as
/// services; the endpoint calls each once per request, after execution.
/// </summary>
public interface IResponseExtensionsProvider
{
    /// <summary>Adds this provider's entries for the request <paramref name="http"/> just executed.</summary>
    void AddExtensions(HttpContext http, IDictionary<string, object?> extensions);
}
