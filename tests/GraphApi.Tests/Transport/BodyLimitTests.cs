using System.Net;
using System.Text;
using GraphApi.GraphQL.AspNetCore;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>GraphQL:MaxRequestBodyBytes: a larger body is a 413, whether its length is announced or not.</summary>
public class BodyLimitTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const int Limit = 100;

    private readonly HttpClient _client = factory.WithSettings(("GraphQL:MaxRequestBodyBytes", Limit.ToString())).CreateClient();

    private static string BodyOfLength(int length)
    {
        const string start = """{"query":"{ hello }","padding":" """;
        return start + new string('x', length - start.Length - 2) + "\"}";
    }

    [Fact]
    public async Task A_body_at_the_limit_runs()
    {
        var response = await PostAsync(_client, BodyOfLength(Limit));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        var response = await PostAsync(_client, BodyOfLength(Limit + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(new[] { "The request body is larger than the limit of 100 bytes." }, response.ErrorMessages);
        Assert.Equal(GraphQLHttpErrorCodes.RequestTooLarge, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413()
    {
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(BodyOfLength(Limit * 50))));
        content.Headers.TryAddWithoutValidation("Content-Type", Json);

        var response = await SendAsync(_client, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, GraphQLResponseJson);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.RequestTooLarge, response.FirstErrorCode);
    }
}
