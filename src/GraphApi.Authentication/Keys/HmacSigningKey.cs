using System.Security.Cryptography;
using GraphApi.Authentication.Tokens;

namespace GraphApi.Authentication.Keys;

/// <summary>A shared secret for HS256, HS384 and HS512.</summary>
internal sealed class HmacSigningKey(byte[] secret, string? keyId) : JwtSigningKey(keyId, algorithm: null)
{
    /// <summary>RFC 7518 §3.2: an HS256 key has at least 256 bits.</summary>
    public const int MinimumBytes = 32;

    public int Length => secret.Length;

    public override JwsKeyFamily Family => JwsKeyFamily.Hmac;

    public byte[] Sign(JwsAlgorithm algorithm, ReadOnlySpan<byte> signingInput) =>
        CryptographicOperations.HmacData(algorithm.Hash, secret, signingInput);

    public override bool Verify(JwsAlgorithm algorithm, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        Span<byte> expected = stackalloc byte[algorithm.HashBytes];
        CryptographicOperations.HmacData(algorithm.Hash, secret, signingInput, expected);

        // Constant time, so that response timing does not reveal how many leading bytes of a forgery are right.
        return CryptographicOperations.FixedTimeEquals(expected, signature);
    }

    // RFC 7518 §3.2: the key is at least as long as the hash, so HS512 needs 512 bits.
    protected override bool FitsWithinFamily(JwsAlgorithm algorithm) => secret.Length >= algorithm.HashBytes;
}
