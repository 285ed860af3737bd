using GraphApi.Data;
using GraphApi.GraphQL.AspNetCore;

namespace GraphApi.Features.GraphQL;

/// <summary>
/// Reports how many SQL commands a GraphQL request sent, as <c>extensions.sqlCommands</c>: the measure of the
/// API's promise of one statement per list level. On in Development only (<see cref="GraphQLFeature"/>), and only
/// for requests that sent SQL, so that responses of fields without data access stay as they are.
/// </summary>
internal sealed class SqlCommandsExtension : IResponseExtensionsProvider
{
    public const string Name = "sqlCommands";

    public void AddExtensions(HttpContext http, IDictionary<string, object?> extensions)
    {
        if (http.Features.Get<SqlCommandLog>() is { Count: > 0 } log)
        {
            extensions[Name] = log.Count;
        }
    }

    /// <summary>Begins a log of the SQL commands of each request, for <see cref="AddExtensions"/> to read.</summary>
    public static async Task CountAsync(HttpContext http, Func<Task> next)
    {
        using var log = SqlCommandCounter.Begin();
        http.Features.Set(log);
        await next();
    }
}
