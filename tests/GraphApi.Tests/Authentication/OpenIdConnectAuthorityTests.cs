using System.Text.Json;
using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Infrastructure;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>
/// Keys from an OpenID Connect authority (a fake one on Kestrel, with keys jose generated): discovery, the
/// JWKS cache, a fetch on an unknown kid after key rotation, and the rate limit on those fetches.
/// </summary>
public sealed class OpenIdConnectAuthorityTests : IAsyncLifetime
{
    private const string Audience = "shop-api";
    private static readonly TimeSpan RefreshLimit = TimeSpan.FromSeconds(30);

    private readonly FakeClock _clock = new();
    private KeyPair _first = null!;
    private FakeAuthority _authority = null!;
    private AuthHostFactory _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _first = await TestKeys.GenerateAsync("RS256", kid: "key-1");
        _authority = await FakeAuthority.StartAsync(_first.PublicJwk);
        _server = new AuthHostFactory(
            _clock,
            ("Authentication:Jwt:Authority", _authority.Url),
            ("Authentication:Jwt:RequireHttpsMetadata", "false"),
            ("Authentication:Jwt:Audiences:0", Audience));
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _authority.DisposeAsync();
    }

    private Dictionary<string, object?> Claims => ValidClaims(_clock).With(("iss", _authority.Url), ("aud", Audience));

    private async Task<GraphQLHttpResponse> SendSignedByAsync(KeyPair key, string kid, string alg = "RS256") =>
        await WhoAmI.AskWithTokenAsync(_client, await MintAsync(alg, key.PrivateKeyPem, Claims, header: new { kid }));

    [Fact]
    public async Task Tokens_signed_by_the_authority_are_accepted_with_one_fetch_for_many_requests()
    {
        string token = await MintAsync("RS256", _first.PrivateKeyPem, Claims, header: new { kid = "key-1" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => WhoAmI.AskWithTokenAsync(_client, token)));

        Assert.All(responses, response => BearerAssert.Authenticated(response));
        Assert.Equal(1, _authority.DiscoveryFetches);
        Assert.Equal(1, _authority.JwksFetches);
    }

    [Fact]
    public async Task A_token_without_kid_is_tried_against_the_authoritys_keys()
    {
        BearerAssert.Authenticated(await WhoAmI.AskWithTokenAsync(_client, await MintAsync("RS256", _first.PrivateKeyPem, Claims)));
    }

    [Fact]
    public async Task An_EC_key_of_the_authority_verifies_ES256()
    {
        var ec = await TestKeys.GenerateAsync("ES256", kid: "ec-key");
        _authority.Keys = [_first.PublicJwk, ec.PublicJwk];

        BearerAssert.Authenticated(await SendSignedByAsync(ec, "ec-key", "ES256"));
    }

    [Fact]
    public async Task A_rotated_key_is_fetched_on_its_first_token_but_not_sooner_than_the_rate_limit_allows()
    {
        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
        var second = await TestKeys.GenerateAsync("RS256", kid: "key-2");
        _authority.Keys = [_first.PublicJwk, second.PublicJwk];

        // The last fetch was just now: the rotation is not seen yet.
        BearerAssert.Rejected(await SendSignedByAsync(second, "key-2"), JwtFailure.UnknownKeyId);
        Assert.Equal(1, _authority.JwksFetches);

        _clock.Advance(RefreshLimit);
        BearerAssert.Authenticated(await SendSignedByAsync(second, "key-2"));
        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
        Assert.Equal(2, _authority.JwksFetches);
    }

    [Fact]
    public async Task Made_up_key_ids_cost_the_authority_at_most_one_fetch_per_interval()
    {
        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
        _clock.Advance(RefreshLimit);

        for (int i = 0; i < 10; i++)
        {
            BearerAssert.Rejected(await SendSignedByAsync(_first, $"made-up-{i}"), JwtFailure.UnknownKeyId);
        }

        Assert.Equal(2, _authority.JwksFetches);
        _clock.Advance(RefreshLimit - TimeSpan.FromSeconds(1));
        BearerAssert.Rejected(await SendSignedByAsync(_first, "made-up-again"), JwtFailure.UnknownKeyId);
        Assert.Equal(2, _authority.JwksFetches);
        _clock.Advance(TimeSpan.FromSeconds(1));
        BearerAssert.Rejected(await SendSignedByAsync(_first, "made-up-again"), JwtFailure.UnknownKeyId);
        Assert.Equal(3, _authority.JwksFetches);
    }

    [Fact]
    public async Task The_keys_are_fetched_again_after_the_refresh_interval()
    {
        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
        var replacement = await TestKeys.GenerateAsync("RS256", kid: "key-1");
        _authority.Keys = [replacement.PublicJwk];

        _clock.Advance(TimeSpan.FromHours(12));

        // The old key under the same kid is gone: the periodic fetch, not a kid miss, brought the new one.
        BearerAssert.Rejected(await SendSignedByAsync(_first, "key-1"), JwtFailure.InvalidSignature);
        BearerAssert.Authenticated(await SendSignedByAsync(replacement, "key-1"));
        Assert.Equal(2, _authority.JwksFetches);
    }

    [Fact]
    public async Task An_authority_that_is_down_makes_its_keys_unavailable_until_it_is_back()
    {
        _authority.Down = true;

        BearerAssert.Rejected(await SendSignedByAsync(_first, "key-1"), JwtFailure.KeysUnavailable);
        BearerAssert.Rejected(await SendSignedByAsync(_first, "key-1"), JwtFailure.KeysUnavailable);
        Assert.Equal(1, _authority.DiscoveryFetches);

        _authority.Down = false;
        _clock.Advance(RefreshLimit);
        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
    }

    [Fact]
    public async Task Known_keys_stay_in_use_while_the_authority_is_down()
    {
        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
        _authority.Down = true;
        _clock.Advance(TimeSpan.FromHours(12));

        BearerAssert.Authenticated(await SendSignedByAsync(_first, "key-1"));
        Assert.Equal(2, _authority.DiscoveryFetches);
    }

    [Fact]
    public async Task A_discovery_document_naming_another_issuer_is_not_trusted()
    {
        _authority.Issuer = "https://impostor.example";

        BearerAssert.Rejected(await SendSignedByAsync(_first, "key-1"), JwtFailure.KeysUnavailable);
    }

    [Fact]
    public async Task Only_the_authoritys_issuer_is_accepted()
    {
        string token = await MintAsync("RS256", _first.PrivateKeyPem, Claims.With(("iss", "https://another-tenant.example")), header: new { kid = "key-1" });

        BearerAssert.Rejected(await WhoAmI.AskWithTokenAsync(_client, token), JwtFailure.InvalidIssuer);
    }

    [Fact]
    public async Task A_symmetric_key_in_the_JWKS_is_never_used()
    {
        // A JWKS is public: an "oct" key in it would let anyone sign HS256 tokens.
        byte[] secret = Convert.FromBase64String(TestKeys.HmacSecret);
        var oct = JsonSerializer.SerializeToElement(new { kty = "oct", kid = "oct-1", k = Convert.ToBase64String(secret).TrimEnd('=').Replace('+', '-').Replace('/', '_') });
        _authority.Keys = [_first.PublicJwk, oct];
        await using var server = new AuthHostFactory(
            _clock,
            ("Authentication:Jwt:Authority", _authority.Url),
            ("Authentication:Jwt:RequireHttpsMetadata", "false"),
            ("Authentication:Jwt:Audiences:0", Audience),
            ("Authentication:Jwt:Algorithms:0", "RS256"),
            ("Authentication:Jwt:Algorithms:1", "HS256"));

        var response = await WhoAmI.AskWithTokenAsync(server.CreateClient(), await HmacAsync(Claims, header: new { kid = "oct-1" }));

        BearerAssert.Rejected(response, JwtFailure.UnknownKeyId);
    }
}
