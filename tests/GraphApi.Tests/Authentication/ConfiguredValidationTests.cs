using System.Net;
using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>What the Authentication:Jwt settings change: the allow-list, claim names, issuers, audiences, the length limit.</summary>
public class ConfiguredValidationTests
{
    private readonly FakeClock _clock = new();

    private Dictionary<string, object?> Claims => ValidClaims(_clock);

    private AuthHostFactory Host(params (string Key, string Value)[] settings) => new(_clock, settings);

    public static TheoryData<string> ExtraAlgorithms => ["RS384", "RS512", "PS384", "PS512", "ES384", "ES512"];

    [Theory]
    [MemberData(nameof(ExtraAlgorithms))]
    public async Task Algorithms_outside_the_defaults_are_accepted_once_allowed(string alg)
    {
        await using var server = Host(
            ("Authentication:Jwt:Algorithms:0", "RS384"),
            ("Authentication:Jwt:Algorithms:1", "RS512"),
            ("Authentication:Jwt:Algorithms:2", "PS384"),
            ("Authentication:Jwt:Algorithms:3", "PS512"),
            ("Authentication:Jwt:Algorithms:4", "ES384"),
            ("Authentication:Jwt:Algorithms:5", "ES512"),
            ("Authentication:Jwt:PublicKeys:0:Pem", (await TestKeys.Rsa).PublicKeyPem),
            ("Authentication:Jwt:PublicKeys:1:Pem", (await TestKeys.EcP384).PublicKeyPem),
            ("Authentication:Jwt:PublicKeys:2:Pem", (await TestKeys.EcP521).PublicKeyPem));
        var key = alg switch
        {
            "ES384" => await TestKeys.EcP384,
            "ES512" => await TestKeys.EcP521,
            _ => await TestKeys.Rsa,
        };

        var response = await WhoAmI.AskWithTokenAsync(server.CreateClient(), await MintAsync(alg, key.PrivateKeyPem, Claims));

        BearerAssert.Authenticated(response);
    }

    [Fact]
    public async Task An_allow_list_refuses_the_algorithms_it_does_not_name()
    {
        await using var server = Host(("Authentication:Jwt:SigningKey", TestKeys.HmacSecret), ("Authentication:Jwt:Algorithms:0", "HS512"));
        var client = server.CreateClient();

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(Claims, alg: "HS512")));
        BearerAssert.Rejected(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(Claims, alg: "HS256")), JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task The_default_allow_list_leaves_out_HMAC_when_only_public_keys_are_configured()
    {
        var rsa = await TestKeys.Rsa;
        await using var server = Host(("Authentication:Jwt:PublicKeys:0:Pem", rsa.PublicKeyPem));

        var response = await WhoAmI.AskWithTokenAsync(server.CreateClient(), await MintAsync("HS256", rsa.PublicKeyPem, Claims));

        BearerAssert.Rejected(response, JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task An_HMAC_algorithm_allowed_without_an_HMAC_key_never_uses_the_RSA_key()
    {
        // Even a careless allow-list cannot turn the public key into an HMAC secret.
        var rsa = await TestKeys.Rsa;
        await using var server = Host(
            ("Authentication:Jwt:PublicKeys:0:Pem", rsa.PublicKeyPem),
            ("Authentication:Jwt:Algorithms:0", "RS256"),
            ("Authentication:Jwt:Algorithms:1", "HS256"));

        var response = await WhoAmI.AskWithTokenAsync(server.CreateClient(), await MintAsync("HS256", rsa.PublicKeyPem, Claims));

        BearerAssert.Rejected(response, JwtFailure.NoKeyForAlgorithm);
    }

    [Fact]
    public async Task HS512_needs_a_key_of_512_bits()
    {
        string secret256 = Convert.ToBase64String(Convert.FromBase64String(TestKeys.HmacSecret)[..32]);
        await using var server = Host(("Authentication:Jwt:SigningKey", secret256), ("Authentication:Jwt:Algorithms:0", "HS512"));

        var response = await WhoAmI.AskWithTokenAsync(server.CreateClient(), await MintAsync("HS512", secret256, Claims, keyEncoding: "base64"));

        BearerAssert.Rejected(response, JwtFailure.NoKeyForAlgorithm);
    }

    [Fact]
    public async Task A_UTF8_passphrase_is_a_signing_key()
    {
        const string passphrase = "correct horse battery staple, but longer than 32 bytes";
        await using var server = Host(("Authentication:Jwt:SigningKey", passphrase), ("Authentication:Jwt:SigningKeyEncoding", "Utf8"));

        var response = await WhoAmI.AskWithTokenAsync(server.CreateClient(), await MintAsync("HS256", passphrase, Claims));

        BearerAssert.Authenticated(response);
    }

    [Fact]
    public async Task The_name_and_role_claims_are_configurable()
    {
        await using var server = Host(
            ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret),
            ("Authentication:Jwt:NameClaim", "preferred_username"),
            ("Authentication:Jwt:RoleClaims:0", "permissions"));
        var claims = Claims.With(("preferred_username", "ada"), ("name", "Ada Lovelace"), ("permissions", new[] { "orders:read" }), ("role", "admin"));

        var data = BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(server.CreateClient(), await HmacAsync(claims)));

        Assert.Equal("ada", data.GetProperty("name").GetString());
        Assert.Equal(["orders:read"], BearerAssert.Roles(data));
    }

    [Fact]
    public async Task Configured_issuers_and_audiences_replace_the_defaults()
    {
        await using var server = Host(
            ("Authentication:Jwt:SigningKey", TestKeys.HmacSecret),
            ("Authentication:Jwt:Issuers:0", "https://shop.example"),
            ("Authentication:Jwt:Issuers:1", "https://legacy.shop.example"),
            ("Authentication:Jwt:Audiences:0", "shop-api"));
        var client = server.CreateClient();
        var claims = Claims.With(("iss", "https://legacy.shop.example"), ("aud", "shop-api"));

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(claims)));
        BearerAssert.Rejected(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(claims.With(("iss", "GraphApi")))), JwtFailure.InvalidIssuer);
        BearerAssert.Rejected(await WhoAmI.AskWithTokenAsync(client, await HmacAsync(claims.With(("aud", "GraphApi")))), JwtFailure.InvalidAudience);
    }

    [Fact]
    public async Task The_length_limit_is_configurable()
    {
        string token = await HmacAsync(Claims.With(("padding", new string('x', 8 * 1024))));
        await using var server = Host(("Authentication:Jwt:SigningKey", TestKeys.HmacSecret), ("Authentication:Jwt:MaxTokenLength", "16384"));

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(server.CreateClient(), token));
    }

    [Fact]
    public async Task A_cross_origin_client_can_read_the_401()
    {
        const string origin = "https://shop.example";
        await using var server = Host(("Authentication:Jwt:SigningKey", TestKeys.HmacSecret), ("GraphQL:Cors:AllowedOrigins:0", origin));
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ authenticated }"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", origin);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + await HmacAsync(Claims.With(("exp", _clock.Seconds - 3600))));

        using var response = await server.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal([origin], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }
}
