using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore.Ide;

public static class GraphiQLApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the GraphiQL IDE at the path of the endpoint <c>MapGraphQL()</c> maps by default
    /// (<see cref="GraphQLServerOptions.Path"/>); place it before the endpoint.
    /// </summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app, Action<GraphiQLOptions>? configure = null) =>
        app.UseGraphiQL(app.ApplicationServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Path, configure);

    /// <summary>
    /// Serves the GraphiQL IDE at the GraphQL endpoint <paramref name="endpointPath"/> (place it before the
    /// endpoint). <paramref name="configure"/> sets defaults; the <c>GraphQL:Ide</c> configuration section
    /// overrides them. When the IDE is not enabled nothing is added to the pipeline.
    /// </summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app, PathString endpointPath, Action<GraphiQLOptions>? configure = null)
    {
        var options = new GraphiQLOptions();
        configure?.Invoke(options);
        app.ApplicationServices.GetRequiredService<IConfiguration>().GetSection(GraphiQLOptions.ConfigurationSection).Bind(options);

        var enabled = options.Enabled ?? app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        return enabled ? app.UseMiddleware<GraphiQLMiddleware>(endpointPath, options) : app;
    }
}
