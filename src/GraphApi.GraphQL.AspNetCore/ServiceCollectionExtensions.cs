using GraphApi.GraphQL.AspNetCore.Subscriptions;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server: the <see cref="ExecutableSchema"/> built from the SDL in
    /// <paramref name="schemaFile"/> (relative paths are relative to the application's directory) and bound
    /// by <paramref name="configureSchema"/>, the <see cref="RequestExecutor"/> running it, the endpoint
    /// <c>MapGraphQL</c> maps, its <see cref="GraphQLServerOptions"/> (from <paramref name="configureOptions"/>,
    /// then the <c>GraphQL</c> configuration section, which wins), its CORS policy and its subscription
    /// transports (graphql-transport-ws, Server-Sent Events).
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        string schemaFile,
        Action<ExecutableSchemaBuilder> configureSchema,
        Action<GraphQLServerOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(schemaFile);
        ArgumentNullException.ThrowIfNull(configureSchema);

        var optionsBuilder = services.AddOptions<GraphQLServerOptions>();
        if (configureOptions is not null)
        {
            optionsBuilder.Configure(configureOptions);
        }

        optionsBuilder.BindConfiguration(GraphQLServerOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<GraphQLServerOptions>, ExceptionDetailsDefault>();

        services.AddSingleton(_ => BuildSchema(schemaFile, configureSchema));
        services.AddSingleton(CreateExecutor);
        services.AddSingleton<GraphQLEndpoint>();
        services.AddGraphQLSubscriptionTransports();

        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>, GraphQLCorsPolicySetup>();
        return services;
    }

    private static ExecutableSchema BuildSchema(string schemaFile, Action<ExecutableSchemaBuilder> configureSchema)
    {
        string path = Path.IsPathRooted(schemaFile) ? schemaFile : Path.Combine(AppContext.BaseDirectory, schemaFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The GraphQL schema file {path} does not exist.", path);
        }

        Schema schema;
        try
        {
            schema = SchemaBuilder.Build(File.ReadAllText(path));
        }
        catch (GraphQLException e)
        {
            throw new InvalidOperationException($"The GraphQL schema in {path} is not valid:{Environment.NewLine}{e.Message}", e);
        }

        var builder = new ExecutableSchemaBuilder(schema);
        configureSchema(builder);
        return builder.Build();
    }

    private static RequestExecutor CreateExecutor(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<RequestExecutor>>();
        return new RequestExecutor(
            services.GetRequiredService<ExecutableSchema>(),
            new ExecutionOptions
            {
                ExposeExceptionMessages = options.IncludeExceptionDetails == true,
                OnException = (exception, error) =>
                    logger.LogError(exception, "A resolver failed at {Path}: {Message}", string.Join('.', error.Path ?? []), error.Message),
            });
    }
}
