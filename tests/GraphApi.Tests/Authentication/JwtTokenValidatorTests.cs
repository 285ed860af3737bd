using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Authentication;
using GraphApi.Authentication.Keys;
using GraphApi.Authentication.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>The validator alone, without HTTP: the details of the format that tokens crafted byte by byte reach.</summary>
public class JwtTokenValidatorTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);

    private static readonly JwtValidationParameters Parameters = JwtValidationParameters.From(
        new JwtBearerOptions { Algorithms = [.. JwsAlgorithm.Supported.Keys] },
        [],
        "Bearer");

    private static readonly JwtKeySet Keys = new([new HmacSigningKey(Secret, keyId: null)]);

    private static readonly string ValidPayload = $$"""{"sub":"user-1","iss":"GraphApi","aud":"GraphApi","exp":{{Now.ToUnixTimeSeconds() + 300}}}""";

    private static string Segment(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static string Sign(string headerSegment, string payloadSegment, byte[]? key = null)
    {
        string input = headerSegment + "." + payloadSegment;
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key ?? Secret, Encoding.ASCII.GetBytes(input)));
    }

    private static string Token(string header = """{"alg":"HS256"}""", string? payload = null) => Sign(Segment(header), Segment(payload ?? ValidPayload));

    private static JwtValidationResult Validate(string token, JwtKeySet? keys = null) => new JwtTokenValidator(Parameters).Validate(token, keys ?? Keys, Now);

    private static void AssertFails(JwtFailure expected, string token, JwtKeySet? keys = null) => Assert.Equal(expected, Validate(token, keys).Failure);

    [Fact]
    public void A_well_formed_token_is_valid()
    {
        var result = Validate(Token());

        Assert.True(result.Succeeded);
        Assert.Equal(Now.AddSeconds(300), result.ExpiresAt);
        Assert.Equal("Bearer", result.Principal.Identity!.AuthenticationType);
    }

    [Theory]
    [InlineData("A")] // 6 bits hold no byte
    [InlineData("AB")] // the spare bits after the byte are set
    [InlineData("AAB")]
    [InlineData("AA==")]
    [InlineData("AA+/")]
    [InlineData("A A")]
    [InlineData("AA\n")]
    public void Base64url_is_strict(string text)
    {
        Assert.False(StrictBase64Url.TryDecode(text, out _));
    }

    [Theory]
    [InlineData("", new byte[0])]
    [InlineData("AA", new byte[] { 0 })]
    [InlineData("AAE", new byte[] { 0, 1 })]
    [InlineData("-_8", new byte[] { 0xFB, 0xFF })]
    public void Base64url_decodes_the_one_spelling_of_each_byte_string(string text, byte[] expected)
    {
        Assert.True(StrictBase64Url.TryDecode(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void A_token_part_that_is_not_strict_base64url_is_malformed()
    {
        var parts = Token().Split('.');
        string padded = parts[1] + new string('=', (4 - (parts[1].Length % 4)) % 4);

        AssertFails(JwtFailure.MalformedBase64Url, parts[0] + "." + (padded == parts[1] ? parts[1] + "A" : padded) + "." + parts[2]);
    }

    [Fact]
    public void The_spare_bits_of_a_signature_cannot_be_flipped_to_make_another_spelling()
    {
        // HMAC-SHA256 is 32 bytes: 43 characters whose last carries 2 spare bits.
        string token = Token();
        char last = token[^1];
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        string altered = token[..^1] + alphabet[alphabet.IndexOf(last) ^ 1];

        AssertFails(JwtFailure.MalformedBase64Url, altered);
    }

    [Fact]
    public void A_header_with_two_algs_is_malformed()
    {
        AssertFails(JwtFailure.MalformedHeader, Token("""{"alg":"none","alg":"HS256"}"""));
    }

    [Fact]
    public void An_oversized_header_is_malformed_even_within_the_token_limit()
    {
        AssertFails(JwtFailure.MalformedHeader, Token($$"""{"alg":"HS256","x":"{{new string('x', 4096)}}"}"""));
    }

    [Fact]
    public void A_deeply_nested_header_is_malformed()
    {
        AssertFails(JwtFailure.MalformedHeader, Token("""{"alg":"HS256","x":[[[[[1]]]]]}"""));
    }

    [Theory]
    [InlineData("{\"alg\":\"HS256\",\"x\":\"\xFF\xFE\"}")]
    [InlineData("{\"alg\":\"HS256\",\"\xC3\":1}")]
    [InlineData("{\"alg\":\"HS\\uD800\"}")]
    [InlineData("{\"alg\":\"HS256\",\"x\":[\"\\uDC00\"]}")]
    public void A_header_whose_text_is_not_Unicode_is_malformed(string header)
    {
        // Each char of the test string stands for one byte.
        string segment = Base64Url.EncodeToString(header.Select(c => (byte)c).ToArray());

        AssertFails(JwtFailure.MalformedHeader, Sign(segment, Segment(ValidPayload)));
    }

    [Fact]
    public void A_payload_whose_text_is_not_Unicode_is_malformed()
    {
        AssertFails(JwtFailure.MalformedPayload, Token(payload: ValidPayload[..^1] + ""","name":"\uD800"}"""));
    }

    [Theory]
    [InlineData("JWT")]
    [InlineData("jwt")]
    [InlineData("at+jwt")]
    [InlineData("application/at+JWT")]
    [InlineData("application/jwt")]
    public void A_JWT_type_is_accepted(string typ)
    {
        Assert.True(Validate(Token($$"""{"alg":"HS256","typ":"{{typ}}"}""")).Succeeded);
    }

    [Theory]
    [InlineData("\"JOSE\"")]
    [InlineData("\"secevent+jwt\"")]
    [InlineData("\"application/\"")]
    [InlineData("1")]
    public void Another_type_is_refused(string typ)
    {
        AssertFails(JwtFailure.WrongType, Token($$"""{"alg":"HS256","typ":{{typ}}}"""));
    }

    [Fact]
    public void An_x5c_chain_is_ignored_and_the_configured_key_decides()
    {
        Assert.True(Validate(Token("""{"alg":"HS256","x5c":["MIIB"]}""")).Succeeded);
    }

    [Fact]
    public void A_token_with_a_kid_is_verified_only_by_the_key_with_that_id()
    {
        var keys = new JwtKeySet([new HmacSigningKey(RandomNumberGenerator.GetBytes(32), "other"), new HmacSigningKey(Secret, "mine")]);

        Assert.True(Validate(Token("""{"alg":"HS256","kid":"mine"}"""), keys).Succeeded);
        AssertFails(JwtFailure.InvalidSignature, Token("""{"alg":"HS256","kid":"other"}"""), keys);
        AssertFails(JwtFailure.UnknownKeyId, Token("""{"alg":"HS256","kid":"MINE"}"""), keys);
    }

    [Fact]
    public void A_token_without_kid_is_tried_against_every_key_of_its_family()
    {
        var keys = new JwtKeySet([new HmacSigningKey(RandomNumberGenerator.GetBytes(32), "other"), new HmacSigningKey(Secret, "mine")]);

        Assert.True(Validate(Token(), keys).Succeeded);
    }

    [Fact]
    public void An_ES256_signature_in_DER_instead_of_IEEE_P1363_is_refused()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keys = new JwtKeySet([new EcSigningKey(ecdsa.ExportParameters(false), EllipticCurves.P256Oid, keyId: null)]);
        string input = Segment("""{"alg":"ES256"}""") + "." + Segment(ValidPayload);
        byte[] data = Encoding.ASCII.GetBytes(input);

        string p1363 = input + "." + Base64Url.EncodeToString(ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        string der = input + "." + Base64Url.EncodeToString(ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        Assert.True(Validate(p1363, keys).Succeeded);
        AssertFails(JwtFailure.InvalidSignature, der, keys);
    }

    [Fact]
    public void An_all_zero_ES256_signature_is_refused()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keys = new JwtKeySet([new EcSigningKey(ecdsa.ExportParameters(false), EllipticCurves.P256Oid, keyId: null)]);
        string token = Segment("""{"alg":"ES256"}""") + "." + Segment(ValidPayload) + "." + Base64Url.EncodeToString(new byte[64]);

        AssertFails(JwtFailure.InvalidSignature, token, keys);
    }

    [Fact]
    public void An_HMAC_signature_of_the_wrong_length_is_refused()
    {
        var parts = Token().Split('.');

        AssertFails(JwtFailure.InvalidSignature, parts[0] + "." + parts[1] + "." + parts[2][..20]);
    }

    [Theory]
    [InlineData("\"1893456300\"")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[1893456300]")]
    public void An_exp_that_is_not_a_JSON_number_is_malformed(string exp)
    {
        AssertFails(JwtFailure.MalformedTime, Token(payload: $$"""{"iss":"GraphApi","aud":"GraphApi","exp":{{exp}}}"""));
    }

    [Fact]
    public void A_payload_nested_too_deeply_is_malformed()
    {
        string nested = new string('[', 20) + new string(']', 20);

        AssertFails(JwtFailure.MalformedPayload, Token(payload: ValidPayload[..^1] + $$""","x":{{nested}}}"""));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("[1]")]
    [InlineData("[]")]
    [InlineData("null")]
    public void An_aud_that_names_no_accepted_audience_is_refused(string aud)
    {
        AssertFails(JwtFailure.InvalidAudience, Token(payload: $$"""{"iss":"GraphApi","aud":{{aud}},"exp":{{Now.ToUnixTimeSeconds() + 300}}}"""));
    }

    [Fact]
    public void Claims_keep_their_JSON_types()
    {
        string payload = ValidPayload[..^1] + ""","age":42,"score":4.5,"verified":true,"address":{"city":"Paris"},"nothing":null,"tags":["a",1]}""";

        var user = Validate(Token(payload: payload)).Principal!;

        Assert.Equal(ClaimValueTypes.Integer64, user.FindFirst("age")!.ValueType);
        Assert.Equal("4.5", user.FindFirst("score")!.Value);
        Assert.Equal(ClaimValueTypes.Double, user.FindFirst("score")!.ValueType);
        Assert.Equal(("true", ClaimValueTypes.Boolean), (user.FindFirst("verified")!.Value, user.FindFirst("verified")!.ValueType));
        Assert.Equal(("""{"city":"Paris"}""", "JSON"), (user.FindFirst("address")!.Value, user.FindFirst("address")!.ValueType));
        Assert.Null(user.FindFirst("nothing"));
        Assert.Equal(["a", "1"], user.FindAll("tags").Select(c => c.Value));
        Assert.Equal("user-1", user.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        Assert.All(user.Claims, claim => Assert.Equal("GraphApi", claim.Issuer));
    }
}
