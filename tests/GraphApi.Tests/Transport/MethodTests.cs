using System.Net;
using GraphApi.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Mvc.Testing;
using static GraphApi.Tests.Infrastructure.GraphQLHttp;

namespace GraphApi.Tests.Transport;

/// <summary>GraphQL over HTTP §Request: GET and POST; any other method is a 405 naming both.</summary>
public class MethodTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_are_a_405_that_allows_get_and_post(string method)
    {
        var response = await SendAsync(_client, new HttpRequestMessage(new HttpMethod(method), "/graphql"), GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(new[] { "GET", "POST" }, response.ContentHeaders.Allow);
        Assert.Equal(new[] { $"The method {method} is not supported; send GraphQL requests with GET or POST." }, response.ErrorMessages);
        Assert.Equal(GraphQLHttpErrorCodes.MethodNotAllowed, response.FirstErrorCode);
    }
}
