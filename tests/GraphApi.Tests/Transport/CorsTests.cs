using System.Net;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>GraphQL:Cors: the origins configured (e.g. the Nitro web IDE) may call the endpoint from a browser; others may not.</summary>
public class CorsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Nitro = "https://nitro.chillicream.com";
    private const string BananaCakePop = "https://eat.bananacakepop.com";

    private WebApplicationFactory<Program> WithNitro() => factory.WithSettings(
        ("GraphQL:Cors:AllowedOrigins:0", Nitro),
        ("GraphQL:Cors:AllowedOrigins:1", BananaCakePop + "/"));

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
        return request;
    }

    [Theory]
    [InlineData(Nitro)]
    [InlineData(BananaCakePop)]
    public async Task A_configured_origin_passes_the_preflight(string origin)
    {
        using var server = WithNitro();

        var response = await SendAsync(server.CreateClient(), Preflight(origin), accept: null);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        Assert.Equal(new[] { origin }, response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Equal("content-type,authorization", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")));
        Assert.Equal(new[] { "600" }, response.Headers.GetValues("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task A_configured_origin_can_post()
    {
        using var server = WithNitro();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = new(Json);
        request.Headers.Add("Origin", Nitro);

        var response = await SendAsync(server.CreateClient(), request, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(new[] { Nitro }, response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_headers()
    {
        using var server = WithNitro();

        var response = await SendAsync(server.CreateClient(), Preflight("https://evil.example"), accept: null);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configuration_no_origin_is_allowed()
    {
        var response = await SendAsync(factory.CreateClient(), Preflight(Nitro), accept: null);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_star_allows_any_origin()
    {
        using var server = factory.WithSettings(("GraphQL:Cors:AllowedOrigins:0", "*"));

        var response = await SendAsync(server.CreateClient(), Preflight("https://anything.example"), accept: null);

        Assert.Equal(new[] { "*" }, response.Headers.GetValues("Access-Control-Allow-Origin"));
    }
}
