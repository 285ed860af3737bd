using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>Turns <see cref="GraphQLServerOptions.IncludeExceptionDetails"/> on in Development when the configuration leaves it unset.</summary>
internal sealed class ExceptionDetailsDefault(IHostEnvironment environment) : IPostConfigureOptions<GraphQLServerOptions>
{
    public void PostConfigure(string? name, GraphQLServerOptions options) =>
        options.IncludeExceptionDetails ??= environment.IsDevelopment();
}
