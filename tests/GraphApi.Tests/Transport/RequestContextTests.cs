using System.Security.Claims;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>Resolvers see the HTTP request's user, its scoped services and its cancellation.</summary>
public class RequestContextTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Resolvers_get_the_user_the_request_services_and_the_request_aborted_token()
    {
        var schema = new ExecutableSchemaBuilder(SchemaBuilder.Build("type Query { user: String scope: String cancellable: Boolean }"))
            .Resolve("Query", "user", context => context.User.Identity?.Name)
            .Resolve("Query", "scope", context => context.Service<RequestScope>().Id)
            .Resolve("Query", "cancellable", context => context.CancellationToken.CanBeCanceled)
            .Build();
        using var server = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(schema);
            services.AddScoped<RequestScope>();
            services.AddSingleton<IStartupFilter, SignInAsAda>();
        }));
        var client = server.CreateClient();

        var first = await PostQueryAsync(client, "{ user scope cancellable }");
        var second = await PostQueryAsync(client, "{ scope }");

        var data = first.Json.GetProperty("data");
        Assert.Equal("ada", data.GetProperty("user").GetString());
        Assert.True(data.GetProperty("cancellable").GetBoolean());
        Assert.NotEqual(data.GetProperty("scope").GetString(), second.Json.GetProperty("data").GetProperty("scope").GetString());
    }

    /// <summary>A service per request: two requests see two instances.</summary>
    private sealed class RequestScope
    {
        public string Id { get; } = Guid.NewGuid().ToString("N");
    }

    /// <summary>Stands in for authentication: every request is made by the user "ada".</summary>
    private sealed class SignInAsAda : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
