using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>GraphQL over HTTP §Accept and §Body: which media type a response has, and 406 when none fits.</summary>
public class AcceptTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/html, application/graphql-response+json;charset=utf-8;q=0.8", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    public async Task Answers_in_the_media_type_the_client_prefers(string? accept, string mediaType)
    {
        var response = await PostQueryAsync(_client, "{ hello }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("*/*;q=0.5, application/json;q=0")]
    public async Task Answers_406_when_the_client_accepts_neither(string accept)
    {
        var post = await PostQueryAsync(_client, "{ hello }", accept: accept);
        var get = await GetAsync(_client, accept, ("query", "{ hello }"));

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
            Assert.Equal("text/plain", response.MediaType);
            Assert.Equal("The Accept header allows none of the media types of GraphQL responses: application/graphql-response+json, application/json.", response.Body);
        }
    }
}
