using System.Text.Json;
using GraphApi.Authentication;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Infrastructure;
using static GraphApi.Tests.Authentication.Infrastructure.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>
/// Every known way of getting a forged, tampered or unusable token accepted is refused with 401 and
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c>, on the GraphQL endpoint that serves anonymous
/// users too. Where it matters, the token is signed with a key the server trusts, so that only the rule
/// under test can refuse it.
/// </summary>
public class BearerRejectionTests(AuthHostFixture host) : IClassFixture<AuthHostFixture>
{
    private Task<GraphQLHttpResponse> SendAsync(string token) => WhoAmI.AskWithTokenAsync(host.Client, token);

    private Dictionary<string, object?> Claims => ValidClaims(host.Clock);

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("NONE")]
    [InlineData("nOnE")]
    public async Task An_unsigned_token_is_refused_in_any_letter_case(string alg)
    {
        string payload = Segment(JsonSerializer.Serialize(Claims));

        BearerAssert.Rejected(await SendAsync(Segment($$"""{"alg":"{{alg}}"}""") + "." + payload + "."), JwtFailure.Unsigned);
        BearerAssert.Rejected(await SendAsync(Segment($$"""{"alg":"{{alg}}","typ":"JWT"}""") + "." + payload + ".c2lnbmF0dXJl"), JwtFailure.Unsigned);
    }

    [Fact]
    public async Task An_HS256_token_signed_with_the_RSA_public_key_as_HMAC_secret_is_refused()
    {
        // The classic key confusion: the attacker knows the public key and hopes the server feeds it to HMAC.
        string pem = (await TestKeys.Rsa).PublicKeyPem;

        var response = await SendAsync(await MintAsync("HS256", pem, Claims));

        BearerAssert.Rejected(response, JwtFailure.InvalidSignature);
    }

    [Fact]
    public async Task An_HS256_token_naming_the_RSA_key_and_signed_with_its_PEM_finds_no_key()
    {
        string pem = (await TestKeys.Rsa).PublicKeyPem;

        var response = await SendAsync(await MintAsync("HS256", pem, Claims, header: new { kid = "rsa-1" }));

        BearerAssert.Rejected(response, JwtFailure.NoKeyForAlgorithm);
    }

    [Fact]
    public async Task An_algorithm_outside_the_allow_list_is_refused_even_with_a_valid_signature()
    {
        // RS384 with the trusted RSA key verifies, but the defaults allow only RS256 and PS256 for RSA.
        var response = await SendAsync(await RsaAsync(Claims, alg: "RS384"));

        BearerAssert.Rejected(response, JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task An_unknown_algorithm_is_refused()
    {
        var token = SignHs256(Segment("""{"alg":"HS1024"}"""), Segment(JsonSerializer.Serialize(Claims)));

        BearerAssert.Rejected(await SendAsync(token), JwtFailure.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task A_stripped_signature_is_refused()
    {
        var parts = Parts(await HmacAsync(Claims));

        BearerAssert.Rejected(await SendAsync(parts[0] + "." + parts[1] + "."), JwtFailure.MissingSignature);
    }

    [Fact]
    public async Task A_token_without_its_signature_part_is_refused()
    {
        var parts = Parts(await HmacAsync(Claims));

        BearerAssert.Rejected(await SendAsync(parts[0] + "." + parts[1]), JwtFailure.NotCompactJws);
    }

    [Fact]
    public async Task A_signature_of_another_token_is_refused()
    {
        var victim = Parts(await HmacAsync(Claims));
        var admin = Parts(await HmacAsync(Claims.With(("role", "admin"))));

        BearerAssert.Rejected(await SendAsync(admin[0] + "." + admin[1] + "." + victim[2]), JwtFailure.InvalidSignature);
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_refused()
    {
        var stranger = await TestKeys.GenerateAsync("RS256");

        var response = await SendAsync(await MintAsync("RS256", stranger.PrivateKeyPem, Claims));

        BearerAssert.Rejected(response, JwtFailure.InvalidSignature);
    }

    [Theory]
    [InlineData("rotated-away")]
    [InlineData("../../../../../../dev/null")]
    [InlineData("' OR '1'='1")]
    [InlineData("\"><script>alert(1)</script>")]
    [InlineData("")]
    public async Task An_unknown_or_malicious_kid_is_refused_without_being_echoed(string kid)
    {
        // Signed with the trusted RSA key: only the kid is wrong.
        var response = await SendAsync(await RsaAsync(Claims, header: new { kid }));

        BearerAssert.Rejected(response, JwtFailure.UnknownKeyId);
        if (kid.Length > 0)
        {
            Assert.DoesNotContain(kid, response.Headers.NonValidated["WWW-Authenticate"].ToString());
            Assert.DoesNotContain(kid, response.Body);
        }
    }

    [Fact]
    public async Task A_kid_of_a_key_of_another_family_is_refused()
    {
        // ec-1 is the EC key: an RS256 token cannot be verified by it, whatever it names.
        BearerAssert.Rejected(await SendAsync(await RsaAsync(Claims, header: new { kid = "ec-1" })), JwtFailure.NoKeyForAlgorithm);
    }

    [Fact]
    public async Task A_kid_that_is_not_a_string_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await RsaAsync(Claims, header: new { kid = 1 })), JwtFailure.MalformedHeader);
    }

    [Theory]
    [InlineData("jwk")]
    [InlineData("jku")]
    [InlineData("x5u")]
    public async Task A_token_carrying_its_own_key_or_key_url_is_refused(string member)
    {
        var rsa = await TestKeys.Rsa;
        object value = member == "jwk" ? rsa.PublicJwk : "https://attacker.example/keys";
        var header = new Dictionary<string, object> { [member] = value };

        // Signed with the trusted key, so only the header member can make it fail.
        var response = await SendAsync(await RsaAsync(Claims, header: header));

        BearerAssert.Rejected(response, JwtFailure.EmbeddedKey);
    }

    [Fact]
    public async Task A_token_carrying_the_attackers_own_jwk_is_refused()
    {
        var attacker = await TestKeys.GenerateAsync("RS256");

        var response = await SendAsync(await MintAsync("RS256", attacker.PrivateKeyPem, Claims, header: new { jwk = attacker.PublicJwk }));

        BearerAssert.Rejected(response, JwtFailure.EmbeddedKey);
    }

    [Fact]
    public async Task A_token_with_critical_extensions_is_refused()
    {
        var response = await SendAsync(await HmacAsync(Claims, header: new { crit = new[] { "b64" }, b64 = true }));

        BearerAssert.Rejected(response, JwtFailure.CriticalExtension);
    }

    [Fact]
    public async Task A_token_of_another_type_is_refused()
    {
        // A DPoP proof is a JWT for another purpose: explicit typing keeps it from passing as an access token.
        var response = await SendAsync(await HmacAsync(Claims, header: new { typ = "dpop+jwt" }));

        BearerAssert.Rejected(response, JwtFailure.WrongType);
    }

    [Fact]
    public async Task A_token_without_exp_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await HmacAsync(Claims.With(("exp", null)))), JwtFailure.MissingExpiry);
    }

    [Fact]
    public async Task An_exp_written_as_a_string_is_refused()
    {
        var response = await SendAsync(await HmacAsync(Claims.With(("exp", (host.Clock.Seconds + 300).ToString()))));

        BearerAssert.Rejected(response, JwtFailure.MalformedTime);
    }

    [Fact]
    public async Task A_wrong_issuer_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await HmacAsync(Claims.With(("iss", "https://attacker.example")))), JwtFailure.InvalidIssuer);
    }

    [Fact]
    public async Task A_missing_issuer_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await HmacAsync(Claims.With(("iss", null)))), JwtFailure.InvalidIssuer);
    }

    [Fact]
    public async Task An_issuer_differing_only_in_case_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await HmacAsync(Claims.With(("iss", "graphapi")))), JwtFailure.InvalidIssuer);
    }

    [Fact]
    public async Task A_wrong_audience_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await HmacAsync(Claims.With(("aud", "another-api")))), JwtFailure.InvalidAudience);
    }

    [Fact]
    public async Task An_audience_list_without_this_api_is_refused()
    {
        var response = await SendAsync(await HmacAsync(Claims.With(("aud", new[] { "another-api", "a-third-api" }))));

        BearerAssert.Rejected(response, JwtFailure.InvalidAudience);
    }

    [Fact]
    public async Task A_missing_audience_is_refused()
    {
        BearerAssert.Rejected(await SendAsync(await HmacAsync(Claims.With(("aud", null)))), JwtFailure.InvalidAudience);
    }

    [Fact]
    public async Task A_JWE_is_refused()
    {
        // Compact JWE (RFC 7516 §7.1): header.encrypted_key.iv.ciphertext.tag
        string jwe = Segment("""{"alg":"dir","enc":"A256GCM"}""") + "..aXZpdml2aXZpdml2.Y2lwaGVydGV4dA.dGFndGFndGFndGFndGFn";

        BearerAssert.Rejected(await SendAsync(jwe), JwtFailure.Encrypted);
    }

    [Theory]
    [InlineData("+")] // base64, not base64url
    [InlineData("=")] // padding
    [InlineData("*")]
    [InlineData("%41")]
    public async Task A_header_that_is_not_strict_base64url_is_refused(string extra)
    {
        var parts = Parts(await HmacAsync(Claims));

        BearerAssert.Rejected(await SendAsync(parts[0] + extra + "." + parts[1] + "." + parts[2]), JwtFailure.MalformedBase64Url);
    }

    [Fact]
    public async Task A_padded_payload_is_refused()
    {
        var parts = Parts(await HmacAsync(Claims));
        string padded = parts[1] + new string('=', (4 - (parts[1].Length % 4)) % 4 + 4);

        BearerAssert.Rejected(await SendAsync(parts[0] + "." + padded + "." + parts[2]), JwtFailure.MalformedBase64Url);
    }

    [Fact]
    public async Task A_signature_in_base64_instead_of_base64url_is_refused()
    {
        var parts = Parts(await HmacAsync(Claims));
        string base64 = parts[2].Replace('-', '+').Replace('_', '/');
        string token = parts[0] + "." + parts[1] + "." + (base64 == parts[2] ? base64 + "/" : base64);

        BearerAssert.Rejected(await SendAsync(token), JwtFailure.MalformedBase64Url);
    }

    [Theory]
    [InlineData("{\"alg\":\"HS256\"")]
    [InlineData("[\"HS256\"]")]
    [InlineData("\"HS256\"")]
    [InlineData("{\"alg\":\"HS256\",\"alg\":\"none\"}")]
    [InlineData("{\"alg\":256}")]
    [InlineData("{\"typ\":\"JWT\"}")]
    [InlineData("")]
    public async Task A_header_that_is_not_a_JSON_object_with_one_alg_is_refused(string header)
    {
        string token = SignHs256(Segment(header), Segment(JsonSerializer.Serialize(Claims)));

        BearerAssert.Rejected(await SendAsync(token), JwtFailure.MalformedHeader);
    }

    [Theory]
    [InlineData("{\"sub\":\"user-1\"")]
    [InlineData("[1,2,3]")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task A_correctly_signed_payload_that_is_not_a_JSON_object_is_refused(string payload)
    {
        string token = SignHs256(Segment("""{"alg":"HS256"}"""), Segment(payload));

        BearerAssert.Rejected(await SendAsync(token), JwtFailure.MalformedPayload);
    }

    [Fact]
    public async Task A_payload_with_a_duplicate_claim_is_refused()
    {
        // Libraries that keep the first exp and libraries that keep the last would disagree on this token.
        long exp = host.Clock.Seconds + 300;
        string payload = $$"""{"sub":"user-1","iss":"GraphApi","aud":"GraphApi","exp":{{exp}},"exp":{{exp + 86400 * 365}}}""";

        BearerAssert.Rejected(await SendAsync(SignHs256(Segment("""{"alg":"HS256"}"""), Segment(payload))), JwtFailure.MalformedPayload);
    }

    [Fact]
    public async Task An_oversized_token_is_refused_before_it_is_read()
    {
        var token = await HmacAsync(Claims.With(("padding", new string('x', 8 * 1024))));

        BearerAssert.Rejected(await SendAsync(token), JwtFailure.TooLong);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer    ")]
    public async Task An_empty_bearer_token_is_refused(string authorization)
    {
        BearerAssert.Rejected(await WhoAmI.AskAsync(host.Client, authorization), JwtFailure.EmptyToken);
    }

    [Fact]
    public async Task Two_Authorization_headers_are_refused()
    {
        string token = await HmacAsync(Claims);

        BearerAssert.Rejected(await WhoAmI.AskAsync(host.Client, "Bearer " + token, "Bearer " + token), JwtFailure.MultipleAuthorizationHeaders);
    }

    [Fact]
    public async Task A_token_that_is_not_a_JWT_at_all_is_refused()
    {
        BearerAssert.Rejected(await SendAsync("opaque-access-token-3f9a"), JwtFailure.NotCompactJws);
    }

    [Fact]
    public async Task A_bad_token_is_refused_on_every_endpoint_not_only_graphql()
    {
        var response = await WhoAmI.AskAsync(host.Client, "/health", ["Bearer not.a.token"]);

        BearerAssert.Rejected(response, JwtFailure.MalformedBase64Url);
    }

    [Fact]
    public void No_description_can_break_out_of_its_quoted_string()
    {
        // RFC 6750 §3: error_description is a quoted-string of %x20-21 / %x23-5B / %x5D-7E.
        foreach (var failure in Enum.GetValues<JwtFailure>())
        {
            Assert.All(failure.Describe(), c => Assert.True(c is >= ' ' and <= '~' and not '"' and not '\\', $"{failure}: {c}"));
        }
    }
}
