using GraphApi.GraphQL.AspNetCore;
using Microsoft.Extensions.Primitives;

namespace GraphApi.Tests.Transport;

/// <summary>The negotiation rules themselves, including what HTTP clients rarely send (enum values by name: the enums are internal).</summary>
public class MediaTypeRulesTests
{
    [Theory]
    [InlineData(new string[0], "Json")]
    [InlineData(new[] { "" }, "Json")]
    [InlineData(new[] { "application/json", "application/graphql-response+json" }, "GraphQLResponseJson")]
    [InlineData(new[] { "APPLICATION/GRAPHQL-RESPONSE+JSON" }, "GraphQLResponseJson")]
    [InlineData(new[] { "application/graphql-response+json;q=0.4, application/*;q=0.5" }, "Json")]
    [InlineData(new[] { "application/*;q=0.2, application/json;q=0.9, application/graphql-response+json;q=0.9" }, "GraphQLResponseJson")]
    [InlineData(new[] { "image/*, application/graphql-response+json; charset=\"utf-8\"" }, "GraphQLResponseJson")]
    [InlineData(new[] { "nonsense, application/graphql-response+json" }, "GraphQLResponseJson")]
    public void Picks_the_response_media_type(string[] accept, string expected)
    {
        Assert.Equal(expected, GraphQLMediaTypes.Negotiate(new StringValues(accept))?.ToString());
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/json;q=0")]
    [InlineData("application/graphql-response+json; charset=utf-16")]
    [InlineData("*/*;q=0")]
    [InlineData("nonsense")]
    public void Finds_nothing_acceptable(string accept)
    {
        Assert.Null(GraphQLMediaTypes.Negotiate(accept));
    }

    [Theory]
    [InlineData("application/json", "Json")]
    [InlineData("application/json; charset=UTF-8", "Json")]
    [InlineData(null, "Missing")]
    [InlineData(" ", "Missing")]
    [InlineData("application/jsonx", "Unsupported")]
    [InlineData("application/graphql-response+json", "Unsupported")]
    [InlineData("not a media type", "Unsupported")]
    [InlineData("application/json; charset=utf-16", "UnsupportedCharset")]
    public void Classifies_the_request_content_type(string? contentType, string expected)
    {
        Assert.Equal(expected, GraphQLMediaTypes.CheckRequestContentType(contentType).ToString());
    }
}
