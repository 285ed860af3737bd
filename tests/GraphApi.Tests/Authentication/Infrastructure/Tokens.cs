using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Authentication.Infrastructure;

/// <summary>
/// Tokens for the tests: real ones minted by jose (<c>tests/js/mint-token.mjs</c>), and the malformed ones
/// no library would produce, crafted here byte by byte.
/// </summary>
public static class Tokens
{
    /// <summary>A token jose signs with <paramref name="key"/> (an HMAC secret, or a PKCS#8 PEM private key), with extra header members.</summary>
    public static Task<string> MintAsync(string alg, string key, object claims, object? header = null, string keyEncoding = "utf8") =>
        NodeRunner.RunScriptAsync("mint-token.mjs", [], JsonSerializer.Serialize(new { alg, key, keyEncoding, header, claims }));

    /// <summary>A token jose signs with <see cref="TestKeys.HmacSecret"/>.</summary>
    public static Task<string> HmacAsync(object claims, string alg = "HS256", object? header = null) =>
        MintAsync(alg, TestKeys.HmacSecret, claims, header, keyEncoding: "base64");

    /// <summary>A token jose signs with the test RSA key.</summary>
    public static async Task<string> RsaAsync(object claims, string alg = "RS256", object? header = null) =>
        await MintAsync(alg, (await TestKeys.Rsa).PrivateKeyPem, claims, header);

    /// <summary>The claims every accepted token needs, from <paramref name="clock"/>'s now: issuer, audience, expiry in 5 minutes.</summary>
    public static Dictionary<string, object?> ValidClaims(FakeClock clock, string subject = "user-1") => new()
    {
        ["sub"] = subject,
        ["iss"] = "GraphApi",
        ["aud"] = "GraphApi",
        ["iat"] = clock.Seconds,
        ["exp"] = clock.Seconds + 300,
    };

    /// <summary><paramref name="claims"/> with some members replaced (a null value removes the member).</summary>
    public static Dictionary<string, object?> With(this Dictionary<string, object?> claims, params (string Name, object? Value)[] changes)
    {
        var copy = new Dictionary<string, object?>(claims);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                copy.Remove(name);
            }
            else
            {
                copy[name] = value;
            }
        }

        return copy;
    }

    /// <summary>The base64url of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Segment(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// <c>header.payload.signature</c> from raw segments, signed with HS256 and <see cref="TestKeys.HmacSecret"/>
    /// over exactly those segments, so that only what is malformed in them can make the token fail.
    /// </summary>
    public static string SignHs256(string headerSegment, string payloadSegment)
    {
        string signingInput = headerSegment + "." + payloadSegment;
        byte[] signature = HMACSHA256.HashData(Convert.FromBase64String(TestKeys.HmacSecret), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The segments of a compact token.</summary>
    public static string[] Parts(string token) => token.Split('.');
}
