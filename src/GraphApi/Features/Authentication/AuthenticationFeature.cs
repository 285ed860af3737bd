using GraphApi.Authentication;

namespace GraphApi.Features.Authentication;

/// <summary>
/// Who the user is: JWT bearer tokens (the <c>Authentication:Jwt</c> section) make <c>HttpContext.User</c>,
/// which resolvers see. Requests without a token stay anonymous; a token that does not validate gets 401.
/// </summary>
public static class AuthenticationFeature
{
    public static IServiceCollection AddAuthenticationFeature(this IServiceCollection services)
    {
        services.AddJwtBearerAuthentication();
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
