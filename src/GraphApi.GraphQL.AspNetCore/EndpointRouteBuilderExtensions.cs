using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint registered by <c>AddGraphQLServer</c> at <paramref name="pattern"/>
    /// (default <see cref="GraphQLServerOptions.Path"/>), for every HTTP method so that the endpoint itself
    /// answers the wrong ones with 405 and a GraphQL error. The executable schema is built here, so a schema
    /// that cannot run stops the application at startup. The endpoint brings its own WebSocket middleware,
    /// so subscriptions over WebSocket work whether or not the application calls <c>UseWebSockets()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLEndpoint>();

        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(endpoint.HandleAsync);

        var builder = endpoints.Map(pattern ?? options.Path, pipeline.Build()).WithDisplayName("GraphQL");
        if (GraphQLCorsPolicySetup.PolicyFor(options.Cors) is { } policy)
        {
            builder.RequireCors(policy);
        }

        return builder;
    }
}
