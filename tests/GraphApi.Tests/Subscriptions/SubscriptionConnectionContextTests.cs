using System.Text.Json;
using GraphApi.GraphQL.AspNetCore.Subscriptions;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Tests.Subscriptions;

/// <summary>Where a connection handler finds the client's token: the connection_init payload first, then the upgrade request's header.</summary>
public class SubscriptionConnectionContextTests
{
    private static SubscriptionConnectionContext Context(string? payload, string? authorizationHeader = null)
    {
        var http = new DefaultHttpContext();
        if (authorizationHeader is not null)
        {
            http.Request.Headers.Authorization = authorizationHeader;
        }

        return new SubscriptionConnectionContext(http, payload is null ? null : JsonDocument.Parse(payload).RootElement.Clone());
    }

    [Theory]
    [InlineData("""{"Authorization":"Bearer abc"}""", "abc")]
    [InlineData("""{"authorization":"bearer  abc "}""", "abc")]
    [InlineData("""{"Authorization":"abc"}""", "abc")]
    [InlineData("""{"token":"abc"}""", "abc")]
    [InlineData("""{"Authorization":"Bearer abc","token":"other"}""", "abc")]
    public void Finds_the_token_in_the_payload(string payload, string token) =>
        Assert.Equal(token, Context(payload, "Bearer from-header").FindBearerToken());

    [Theory]
    [InlineData(null)]
    [InlineData("""{}""")]
    [InlineData("""{"Authorization":42,"token":null}""")]
    [InlineData("""{"Authorization":"  "}""")]
    public void Falls_back_to_the_upgrade_requests_bearer_header(string? payload) =>
        Assert.Equal("from-header", Context(payload, "Bearer from-header").FindBearerToken());

    [Theory]
    [InlineData(null, null)]
    [InlineData("""{"Authorization":"Bearer "}""", null)]
    [InlineData(null, "Basic dXNlcjpwYXNz")]
    public void Finds_nothing_when_there_is_no_bearer_token(string? payload, string? header) =>
        Assert.Null(Context(payload, header).FindBearerToken());
}
