using GraphApi.Tests.Authentication.Infrastructure;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>Tokens jose signs with every allowed algorithm are accepted, and their claims become the user, roles included.</summary>
public class ValidTokenTests(AuthHostFixture host) : IClassFixture<AuthHostFixture>
{
    private Dictionary<string, object?> Claims => ValidClaims(host.Clock);

    public static TheoryData<string> DefaultAlgorithms => ["HS256", "HS384", "HS512", "RS256", "PS256", "ES256"];

    private static async Task<string> SigningKeyAsync(string alg) => alg[..2] switch
    {
        "HS" => TestKeys.HmacSecret,
        "RS" or "PS" => (await TestKeys.Rsa).PrivateKeyPem,
        _ => (await TestKeys.Ec).PrivateKeyPem,
    };

    [Theory]
    [MemberData(nameof(DefaultAlgorithms))]
    public async Task A_token_of_every_default_algorithm_is_accepted(string alg)
    {
        string token = await MintAsync(alg, await SigningKeyAsync(alg), Claims, keyEncoding: alg.StartsWith("HS") ? "base64" : "utf8");

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(host.Client, token));
    }

    [Theory]
    [InlineData("RS256", "rsa-1")]
    [InlineData("PS256", "rsa-1")]
    [InlineData("ES256", "ec-1")]
    public async Task A_token_naming_its_key_is_accepted(string alg, string kid)
    {
        string token = await MintAsync(alg, await SigningKeyAsync(alg), Claims, header: new { kid, typ = "at+jwt" });

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(host.Client, token));
    }

    [Fact]
    public async Task Claims_become_the_user_name_email_and_roles()
    {
        var claims = Claims.With(
            ("name", "Ada Lovelace"),
            ("email", "ada@example.com"),
            ("role", "admin"),
            ("roles", new[] { "editor", "viewer" }),
            ("groups", new[] { "staff" }));

        var data = BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(host.Client, await RsaAsync(claims)));

        Assert.Equal("Ada Lovelace", data.GetProperty("name").GetString());
        Assert.Equal("ada@example.com", data.GetProperty("email").GetString());
        Assert.Equal(["admin", "editor", "staff", "viewer"], BearerAssert.Roles(data));
    }

    [Fact]
    public async Task An_audience_list_naming_this_api_is_accepted()
    {
        var token = await HmacAsync(Claims.With(("aud", new[] { "another-api", "GraphApi" })));

        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(host.Client, token));
    }

    [Fact]
    public async Task A_request_without_a_token_is_anonymous()
    {
        BearerAssert.Anonymous(await WhoAmI.AskAsync(host.Client));
    }

    [Fact]
    public async Task Another_authorization_scheme_is_left_alone()
    {
        BearerAssert.Anonymous(await WhoAmI.AskAsync(host.Client, "Basic YWRhOnNlY3JldA=="));
    }

    [Fact]
    public async Task The_scheme_name_is_case_insensitive()
    {
        BearerAssert.Authenticated(await WhoAmI.AskAsync(host.Client, "bEaReR " + await HmacAsync(Claims)));
    }
}
