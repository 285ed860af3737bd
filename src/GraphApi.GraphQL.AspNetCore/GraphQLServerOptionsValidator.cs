using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Stops the server at startup when the <c>GraphQL</c> options make no sense, naming the setting.</summary>
internal sealed class GraphQLServerOptionsValidator : IValidateOptions<GraphQLServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLServerOptions options)
    {
        var failures = new List<string>();
        if (!options.Path.StartsWith('/'))
        {
            failures.Add($"GraphQL:Path must start with '/', not \"{options.Path}\".");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"GraphQL:MaxRequestBodyBytes must be positive, not {options.MaxRequestBodyBytes}.");
        }

        var cors = options.Cors;
        if (cors.AllowCredentials && cors.AllowedOrigins.Contains("*"))
        {
            failures.Add("GraphQL:Cors:AllowCredentials cannot be true when GraphQL:Cors:AllowedOrigins contains \"*\": browsers refuse credentials for any origin; list the origins.");
        }

        if (cors.PreflightMaxAgeSeconds < 0)
        {
            failures.Add($"GraphQL:Cors:PreflightMaxAgeSeconds must not be negative, not {cors.PreflightMaxAgeSeconds}.");
        }

        foreach (var origin in cors.AllowedOrigins)
        {
            if (origin != "*" && !Uri.TryCreate(origin, UriKind.Absolute, out _))
            {
                failures.Add($"GraphQL:Cors:AllowedOrigins: \"{origin}\" is not an origin such as https://nitro.chillicream.com.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
