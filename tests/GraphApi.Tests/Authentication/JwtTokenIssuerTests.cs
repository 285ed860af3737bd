using System.Text.Json;
using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Authentication;

/// <summary>Tokens the server issues itself (for sign-in): accepted by the server, and by jose as any standard JWT.</summary>
public class JwtTokenIssuerTests
{
    private readonly FakeClock _clock = new();

    [Fact]
    public async Task An_issued_token_authenticates_its_user_with_the_roles()
    {
        await using var server = new AuthHostFactory(_clock, ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret));
        var issuer = server.Services.GetRequiredService<JwtTokenIssuer>();

        var issued = issuer.Issue("user-7", name: "Grace Hopper", email: "grace@example.com", roles: ["admin", "customer"]);

        Assert.Equal(_clock.GetUtcNow().AddHours(1), issued.ExpiresAt);
        var data = BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(server.CreateClient(), issued.AccessToken), "user-7");
        Assert.Equal("Grace Hopper", data.GetProperty("name").GetString());
        Assert.Equal("grace@example.com", data.GetProperty("email").GetString());
        Assert.Equal(["admin", "customer"], BearerAssert.Roles(data));
    }

    [Fact]
    public async Task Jose_verifies_an_issued_token_and_sees_every_registered_claim()
    {
        await using var server = new AuthHostFactory(
            _clock,
            ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret),
            ("Authentication:Jwt:SigningKeyId", "hmac-2030"),
            ("Authentication:Jwt:Issuers:0", "https://shop.example"),
            ("Authentication:Jwt:Audiences:0", "shop-api"),
            ("Authentication:Jwt:TokenLifetime", "00:15:00"));
        var issued = server.Services.GetRequiredService<JwtTokenIssuer>().Issue("user-7", roles: ["customer"]);

        string output = await NodeRunner.RunScriptAsync("verify-token.mjs", [], JsonSerializer.Serialize(new
        {
            token = issued.AccessToken,
            key = TestKeys.HmacSecret,
            issuer = "https://shop.example",
            audience = "shop-api",
            currentDate = _clock.GetUtcNow().AddMinutes(1).ToString("O"),
        }));

        var verified = JsonDocument.Parse(output).RootElement;
        var header = verified.GetProperty("protectedHeader");
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        Assert.Equal("hmac-2030", header.GetProperty("kid").GetString());
        var payload = verified.GetProperty("payload");
        Assert.Equal(_clock.Seconds, payload.GetProperty("iat").GetInt64());
        Assert.Equal(_clock.Seconds, payload.GetProperty("nbf").GetInt64());
        Assert.Equal(_clock.Seconds + 900, payload.GetProperty("exp").GetInt64());
        Assert.Equal(22, payload.GetProperty("jti").GetString()!.Length);
        Assert.Equal(["customer"], payload.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(server.CreateClient(), issued.AccessToken), "user-7");
    }

    [Fact]
    public async Task Every_token_has_its_own_jti()
    {
        await using var server = new AuthHostFactory(_clock, ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret));
        var issuer = server.Services.GetRequiredService<JwtTokenIssuer>();

        Assert.NotEqual(issuer.Issue("user-1").AccessToken, issuer.Issue("user-1").AccessToken);
    }

    [Fact]
    public async Task Without_a_signing_key_no_token_can_be_issued()
    {
        await using var server = new AuthHostFactory(_clock, ("Authentication:Jwt:PublicKeys:0:Pem", (await TestKeys.Rsa).PublicKeyPem));
        var issuer = server.Services.GetRequiredService<JwtTokenIssuer>();

        var error = Assert.Throws<InvalidOperationException>(() => issuer.Issue("user-1"));

        Assert.Equal(
            "Tokens cannot be issued: Authentication:Jwt:SigningKey is not set (this server only accepts tokens of its authority or public keys).",
            error.Message);
    }
}
