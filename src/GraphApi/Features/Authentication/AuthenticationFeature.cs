using GraphApi.Authentication;
using GraphApi.GraphQL.AspNetCore.Subscriptions;

namespace GraphApi.Features.Authentication;

/// <summary>
/// Who the user is: JWT bearer tokens (the <c>Authentication:Jwt</c> section) make <c>HttpContext.User</c>,
/// which resolvers see. Requests without a token stay anonymous; a token that does not validate gets 401.
/// WebSocket connections present their token in <c>connection_init</c> (<see cref="BearerTokenConnectionHandler"/>).
/// </summary>
public static class AuthenticationFeature
{
    public static IServiceCollection AddAuthenticationFeature(this IServiceCollection services)
    {
        services.AddJwtBearerAuthentication();
        services.AddSingleton<ISubscriptionConnectionHandler, BearerTokenConnectionHandler>();
        return services;
    }

    /// <summary>Call after the GraphQL feature's <c>UseCors</c>, so that cross-origin clients can read a 401.</summary>
    public static WebApplication UseAuthenticationFeature(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseJwtBearerRejection();
        return app;
    }
}
