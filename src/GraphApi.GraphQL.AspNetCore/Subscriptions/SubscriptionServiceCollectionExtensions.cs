using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

internal static class SubscriptionServiceCollectionExtensions
{
    /// <summary>The streaming transports the endpoint hands WebSocket and event-stream requests to, and the check of their options.</summary>
    public static IServiceCollection AddGraphQLSubscriptionTransports(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<GraphQLServerOptions>, GraphQLSubscriptionOptionsValidator>();
        services.AddSingleton<GraphQLWebSocketTransport>();
        services.AddSingleton<ServerSentEventsTransport>();
        return services;
    }
}
