using GraphApi.Features.GraphQL.Scalars;
using GraphApi.Features.Nodes;
using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Paging;
using GraphApi.Features.Pricing;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.DataLoader;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.GraphQL;

/// <summary>
/// The shop's read API: the types and resolvers of products, orders and users, Relay node refetching, paging,
/// and the per-request DataLoaders they share.
/// </summary>
public static class ShopSchema
{
    /// <summary>Registers the per-request DataLoader scope (the executor's batch dispatcher) and the loaders' registry.</summary>
    public static IServiceCollection AddShopGraphQL(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped(sp => new DataLoaderScope(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.RequestAborted ?? default));
        services.AddScoped<IBatchDispatcher>(sp => sp.GetRequiredService<DataLoaderScope>());
        services.AddScoped<RequestLoaders>();
        return services;
    }

    public static ExecutableSchemaBuilder BindShop(this ExecutableSchemaBuilder schema) => schema
        .AddScalar(new DecimalScalar())
        .AddScalar(new DateTimeScalar())
        .BindShopPolicies()
        .BindType<Money>(nameof(Money))
        .BindPageInfo()
        .BindNodes()
        .BindProducts()
        .BindOrders()
        .BindUsers();
}
