using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Authentication.Keys;
using GraphApi.Authentication.Tokens;

namespace GraphApi.Tests.Authentication;

/// <summary>Which keys of an authority's JWKS are used: signature keys of the right kinds and sizes, nothing else.</summary>
public class JsonWebKeySetReaderTests
{
    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static object RsaJwk(RSA rsa, string kid, object? extra = null)
    {
        var p = rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object> { ["kty"] = "RSA", ["kid"] = kid, ["n"] = B64(p.Modulus!), ["e"] = B64(p.Exponent!) };
        foreach (var property in JsonSerializer.SerializeToElement(extra ?? new { }).EnumerateObject())
        {
            jwk[property.Name] = property.Value;
        }

        return jwk;
    }

    private static List<JwtSigningKey> Read(params object[] keys) => JsonWebKeySetReader.Read(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { keys })));

    [Fact]
    public void RSA_and_EC_signature_keys_are_read_with_their_kid()
    {
        using var rsa = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var q = ec.ExportParameters(false).Q;

        var keys = Read(RsaJwk(rsa, "r", new { use = "sig", alg = "PS256" }), new { kty = "EC", kid = "e", crv = "P-384", x = B64(q.X!), y = B64(q.Y!), key_ops = new[] { "verify" } });

        Assert.Equal(["r", "e"], keys.Select(k => k.KeyId));
        Assert.True(keys[0].Fits(JwsAlgorithm.Supported["PS256"]));
        Assert.False(keys[0].Fits(JwsAlgorithm.Supported["RS256"]));
        Assert.True(keys[1].Fits(JwsAlgorithm.Supported["ES384"]));
        Assert.False(keys[1].Fits(JwsAlgorithm.Supported["ES256"]));
    }

    [Fact]
    public void Keys_that_must_not_verify_signatures_are_skipped()
    {
        using var rsa = RSA.Create(2048);
        using var weak = RSA.Create(1024);

        var keys = Read(
            new { kty = "oct", kid = "symmetric", k = B64(RandomNumberGenerator.GetBytes(32)) },
            RsaJwk(rsa, "encryption", new { use = "enc" }),
            RsaJwk(rsa, "wrap-only", new { key_ops = new[] { "wrapKey" } }),
            RsaJwk(weak, "weak"),
            RsaJwk(rsa, "unknown-alg", new { alg = "RSA-OAEP" }),
            new { kty = "OKP", kid = "ed", crv = "Ed25519", x = B64(new byte[32]) },
            RsaJwk(rsa, "good"));

        Assert.Equal(["good"], keys.Select(k => k.KeyId));
    }

    [Fact]
    public void Malformed_keys_are_skipped_and_the_others_kept()
    {
        using var rsa = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = ec.ExportParameters(false).Q;
        byte[] offCurveY = (byte[])q.Y!.Clone();
        offCurveY[^1] ^= 1;

        var keys = Read(
            new { kty = "EC", kid = "off-curve", crv = "P-256", x = B64(q.X!), y = B64(offCurveY) },
            new { kty = "EC", kid = "short", crv = "P-256", x = B64(q.X![1..]), y = B64(q.Y!) },
            new { kty = "EC", kid = "secp256k1", crv = "secp256k1", x = B64(q.X!), y = B64(q.Y!) },
            new { kty = "RSA", kid = "padded", n = Convert.ToBase64String(rsa.ExportParameters(false).Modulus!), e = "AQAB" },
            new { kty = "RSA", kid = 7, n = B64(rsa.ExportParameters(false).Modulus!), e = "AQAB" },
            new { kty = "RSA", kid = "zero-exponent", n = B64(rsa.ExportParameters(false).Modulus!), e = "AA" },
            "not an object",
            new { kty = "EC", kid = "good", crv = "P-256", x = B64(q.X!), y = B64(q.Y!) });

        Assert.Equal(["good"], keys.Select(k => k.KeyId));
    }

    [Fact]
    public void A_modulus_with_a_leading_zero_byte_is_the_same_key()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(false);
        byte[] data = RandomNumberGenerator.GetBytes(10);
        byte[] signature = rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        var key = Read(new { kty = "RSA", kid = "k", n = B64([0, .. p.Modulus!]), e = B64(p.Exponent!) }).Single();

        Assert.True(key.Verify(JwsAlgorithm.Supported["RS256"], data, signature));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"keys\":{}}")]
    [InlineData("{\"keys\":[],\"keys\":[]}")]
    public void A_document_that_is_not_a_key_set_is_an_error(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonWebKeySetReader.Read(Encoding.UTF8.GetBytes(json)));
    }
}
