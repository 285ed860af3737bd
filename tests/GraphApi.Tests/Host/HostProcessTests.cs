using System.Net;
using System.Text;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.Tests.Infrastructure;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Host;

/// <summary>The built host started as a process, as <c>dotnet run --project src/GraphApi -- --urls ...</c> starts it.</summary>
public class HostProcessTests
{
    [Fact]
    public async Task Listens_where_urls_says_and_serves_graphql_and_health()
    {
        await using var host = await HostProcess.StartAsync(["--urls", "http://127.0.0.1:0"]);
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        Assert.StartsWith("http://127.0.0.1:", host.BaseUrl);
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        var response = await PostQueryAsync(client, "{ hello }");
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", response.Body);
    }

    [Fact]
    public async Task Takes_its_settings_from_aspnetcore_and_graphql_environment_variables()
    {
        await using var host = await HostProcess.StartAsync(
            [],
            new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0", ["GraphQL__Path"] = "/api/graphql" });
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var moved = await PostAsync(client, """{"query":"{ hello }"}""", path: "/api/graphql");

        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/graphql", new StringContent("{}"))).StatusCode);
    }

    [Fact]
    public async Task Kestrel_stops_a_chunked_body_over_the_limit_with_a_413()
    {
        await using var host = await HostProcess.StartAsync(["--urls", "http://127.0.0.1:0", "--GraphQL:MaxRequestBodyBytes=1000"]);
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var body = Encoding.UTF8.GetBytes("""{"query":"{ hello }","padding":" """ + new string('x', 100_000) + "\"}");
        var content = new StreamContent(new UnseekableStream(body));
        content.Headers.TryAddWithoutValidation("Content-Type", Json);

        var response = await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.RequestTooLarge, response.FirstErrorCode);
    }
}
