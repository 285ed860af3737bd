using System.Net;
using System.Security.Claims;
using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>
/// The handler under ASP.NET Core authorization, on a tiny application with endpoints that require a user
/// or a role: the challenge without a token, the user and roles of a valid one, 403 for a missing role.
/// </summary>
public sealed class ProtectedEndpointTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--Authentication:Jwt:SigningKey=" + TestKeys.HmacSecret]);
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddJwtBearerAuthentication();
        builder.Services.AddAuthorization();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseJwtBearerRejection();
        _app.UseAuthorization();
        _app.MapGet("/public", (ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? "user" : "anonymous");
        _app.MapGet("/private", (ClaimsPrincipal user) => user.Identity!.Name).RequireAuthorization();
        _app.MapGet("/admin", () => "admin only").RequireAuthorization(policy => policy.RequireRole("admin"));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task Without_a_token_a_protected_endpoint_challenges_without_an_error()
    {
        using var response = await GetAsync("/private");

        // RFC 6750 §3.1: no error code when the request carried no token at all.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Without_a_token_a_public_endpoint_serves_an_anonymous_user()
    {
        using var response = await GetAsync("/public");

        Assert.Equal("anonymous", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_valid_token_opens_a_protected_endpoint_as_its_user()
    {
        using var response = await GetAsync("/private", await HmacAsync(ValidClaims(_clock).With(("name", "Ada"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ada", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_role_from_the_token_satisfies_a_role_policy()
    {
        using var admin = await GetAsync("/admin", await HmacAsync(ValidClaims(_clock).With(("roles", new[] { "admin" }))));
        using var customer = await GetAsync("/admin", await HmacAsync(ValidClaims(_clock).With(("roles", new[] { "customer" }))));

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_on_a_public_endpoint_too()
    {
        using var response = await GetAsync("/public", await HmacAsync(ValidClaims(_clock).With(("exp", _clock.Seconds - 3600))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Bearer error=\"invalid_token\", error_description=\"{JwtFailure.Expired.Describe()}\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }
}
