using System.Net;
using System.Text.Json;
using GraphApi.Authentication;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Authentication.Infrastructure;

public static class BearerAssert
{
    /// <summary>401, <c>WWW-Authenticate</c> naming <paramref name="failure"/> (RFC 6750 §3), and a GraphQL-style error body.</summary>
    public static void Rejected(GraphQLHttpResponse response, JwtFailure failure)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(
            $"Bearer error=\"invalid_token\", error_description=\"{failure.Describe()}\"",
            response.Headers.NonValidated["WWW-Authenticate"].ToString());
        Assert.Contains(failure.Describe(), response.Body); // unescaped, as the GraphQL responses are
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal(failure.Describe(), error.GetProperty("message").GetString());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>200 with the user <paramref name="subject"/>; returns the whole answer of <see cref="WhoAmI.Query"/>.</summary>
    public static JsonElement Authenticated(GraphQLHttpResponse response, string subject = "user-1")
    {
        response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var challenge);
        Assert.True(response.Status == HttpStatusCode.OK, $"{response.Status}: {challenge} {response.Body}");
        var data = response.Json.GetProperty("data");
        Assert.True(data.GetProperty("authenticated").GetBoolean());
        Assert.Equal(subject, data.GetProperty("id").GetString());
        return data;
    }

    public static void Anonymous(GraphQLHttpResponse response)
    {
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Json.GetProperty("data").GetProperty("authenticated").GetBoolean());
        Assert.False(response.Headers.Contains("WWW-Authenticate"));
    }

    public static string[] Roles(JsonElement data) => data.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray();
}
