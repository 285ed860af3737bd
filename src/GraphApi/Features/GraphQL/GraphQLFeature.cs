using GraphApi.Features.Accounts;
using GraphApi.Features.Events.Subscriptions;
using GraphApi.Features.Hello;
using GraphApi.Features.Mutations;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.GraphQL.AspNetCore.Ide;

namespace GraphApi.Features.GraphQL;

/// <summary>The GraphQL endpoint: the schema in <c>schema.graphql</c>, bound to each feature's resolvers.</summary>
public static class GraphQLFeature
{
    /// <summary>The SDL contract, copied next to the application from <c>schema/schema.graphql</c>.</summary>
    public const string SchemaFile = "schema.graphql";

    public static IServiceCollection AddGraphQLFeature(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddShopGraphQL();
        if (environment.IsDevelopment())
        {
            services.AddSingleton<IResponseExtensionsProvider, SqlCommandsExtension>();
        }

        return services.AddGraphQLServer(SchemaFile, schema => schema.BindHello().BindShop().BindMutations().BindAccounts().BindEvents());
    }

    public static WebApplication MapGraphQLFeature(this WebApplication app)
    {
        // A browser opening the endpoint gets GraphiQL (on in Development; GraphQL:Ide:Enabled elsewhere).
        app.UseGraphiQL();
        // Applies the CORS policy the endpoint requires (GraphQL:Cors) and answers preflight requests.
        app.UseCors();
        if (app.Environment.IsDevelopment())
        {
            // Responses report their SQL command count (extensions.sqlCommands).
            app.Use(SqlCommandsExtension.CountAsync);
        }

        app.MapGraphQL();
        return app;
    }
}
