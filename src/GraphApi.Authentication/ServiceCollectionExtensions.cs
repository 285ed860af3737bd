using GraphApi.Authentication.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Authentication;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers JWT bearer authentication as the default scheme (<c>Bearer</c>), with its
    /// <see cref="JwtBearerOptions"/> bound from <c>Authentication:Jwt</c> and validated at startup, the
    /// <see cref="JwtAuthenticator"/> and the <see cref="JwtTokenIssuer"/>.
    /// </summary>
    public static AuthenticationBuilder AddJwtBearerAuthentication(this IServiceCollection services)
    {
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .BindConfiguration(JwtBearerDefaults.ConfigurationSection)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JwtBearerOptions>, JwtBearerOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, DevelopmentSigningKey>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdConnectKeySource.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.TryAddSingleton<JwtAuthenticator>();
        services.TryAddSingleton<JwtTokenIssuer>();

        return services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<JwtBearerOptions, JwtBearerHandler>(JwtBearerDefaults.AuthenticationScheme, configureOptions: null);
    }
}
