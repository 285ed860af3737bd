using GraphApi.GraphQL.AspNetCore;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>
/// <see cref="IResponseExtensionsProvider"/> services add to the <c>extensions</c> of executed results; the host
/// reports its SQL command count there in Development only.
/// </summary>
public class ResponseExtensionsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private sealed class RequestPath : IResponseExtensionsProvider
    {
        public void AddExtensions(HttpContext http, IDictionary<string, object?> extensions) => extensions["path"] = http.Request.Path.Value;
    }

    private WebApplicationFactory<Program> Host(string environment, bool withProvider = false) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            // Outside Development the host needs a key to verify tokens with.
            builder.UseSetting("Authentication:Jwt:SigningKey", TestKeys.HmacSecret);
            builder.ConfigureTestServices(services =>
            {
                if (withProvider)
                {
                    services.AddSingleton<IResponseExtensionsProvider, RequestPath>();
                }
            });
        });

    [Fact]
    public async Task Providers_add_their_entries_to_executed_results()
    {
        using var host = Host("Production", withProvider: true);

        var response = await PostQueryAsync(host.CreateClient(), "{ hello }");

        Assert.Equal("""{"data":{"hello":"Hello, world!"},"extensions":{"path":"/graphql"}}""", response.Body);
    }

    [Fact]
    public async Task Requests_that_fail_before_execution_get_no_entries()
    {
        using var host = Host("Production", withProvider: true);

        var response = await PostQueryAsync(host.CreateClient(), "{ nope }");

        Assert.False(response.Json.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task The_sql_command_count_is_reported_in_development_for_requests_that_sent_sql()
    {
        using var development = Host("Development");
        using var production = Host("Production");

        var counted = await PostQueryAsync(development.CreateClient(), "{ categories { name } }");
        var noSql = await PostQueryAsync(development.CreateClient(), "{ hello }");
        var plain = await PostQueryAsync(production.CreateClient(), "{ categories { name } }");

        Assert.Equal(1, counted.Json.GetProperty("extensions").GetProperty("sqlCommands").GetInt32());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", noSql.Body);
        Assert.False(plain.Json.TryGetProperty("extensions", out _));
    }
}
