using GraphApi.Data;
using GraphApi.Features.Accounts;
using GraphApi.Features.Authentication;
using GraphApi.Features.Events;
using GraphApi.Features.GraphQL;
using GraphApi.Features.Health;
using GraphApi.Features.Hello;
using GraphApi.Features.Mutations;

namespace GraphApi;

/// <summary>The table of contents of the host: each feature adds its services and maps its endpoints.</summary>
public static class GraphApiExtensions
{
    public static WebApplicationBuilder AddGraphApi(this WebApplicationBuilder builder)
    {
        builder.AddShopData();
        builder.Services.AddAuthenticationFeature();
        builder.Services.AddAccountsFeature();
        builder.Services.AddHelloFeature();
        builder.Services.AddShopMutations();
        builder.Services.AddEventsFeature(builder.Configuration);
        builder.Services.AddGraphQLFeature(builder.Environment);
        return builder;
    }

    public static WebApplication MapGraphApi(this WebApplication app)
    {
        app.MapGraphQLFeature();
        app.UseAuthenticationFeature(); // after the GraphQL feature's UseCors: its endpoints still run last
        app.MapHealthFeature();
        return app;
    }
}
