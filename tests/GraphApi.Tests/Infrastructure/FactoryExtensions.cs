using System.Security.Cryptography;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Infrastructure;

public static class FactoryExtensions
{
    /// <summary>The host with configuration settings (e.g. <c>GraphQL:AllowGet</c>) given as on the command line.</summary>
    public static WebApplicationFactory<Program> WithSettings(this WebApplicationFactory<Program> factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>The host serving <paramref name="schema"/> instead of its own.</summary>
    public static WebApplicationFactory<Program> WithSchema(this WebApplicationFactory<Program> factory, ExecutableSchema schema, string environment = "Development") =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);

            // Outside Development the host refuses to start without a key to verify bearer tokens with.
            builder.UseSetting("Authentication:Jwt:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.ConfigureTestServices(services => services.AddSingleton(schema));
        });
}
