using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Adds the CORS policy <see cref="GraphQLCorsOptions.DefaultPolicyName"/> built from <see cref="GraphQLServerOptions.Cors"/>, when it lists origins.</summary>
internal sealed class GraphQLCorsPolicySetup(IOptions<GraphQLServerOptions> options) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions cors)
    {
        var settings = options.Value.Cors;
        if (settings.AllowedOrigins.Length == 0)
        {
            return;
        }

        cors.AddPolicy(GraphQLCorsOptions.DefaultPolicyName, policy =>
        {
            if (settings.AllowedOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                // Browsers send origins without a trailing slash; a configured one would never match.
                policy.WithOrigins(settings.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray());
            }

            if (settings.AllowedHeaders.Length == 0)
            {
                policy.AllowAnyHeader();
            }
            else
            {
                policy.WithHeaders(settings.AllowedHeaders);
            }

            policy.WithMethods("GET", "POST");
            if (settings.AllowCredentials)
            {
                policy.AllowCredentials();
            }

            policy.SetPreflightMaxAge(TimeSpan.FromSeconds(settings.PreflightMaxAgeSeconds));
        });
    }

    /// <summary>The policy the endpoint requires, if any: the application's own, or the one built here.</summary>
    public static string? PolicyFor(GraphQLCorsOptions settings) =>
        settings.PolicyName ?? (settings.AllowedOrigins.Length > 0 ? GraphQLCorsOptions.DefaultPolicyName : null);
}
