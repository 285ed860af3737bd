using System.Numerics;
using System.Security.Cryptography;
using GraphApi.Authentication.Tokens;

namespace GraphApi.Authentication.Keys;

/// <summary>An RSA public key for RS256/384/512 (PKCS#1 v1.5) and PS256/384/512 (PSS).</summary>
internal sealed class RsaSigningKey : JwtSigningKey
{
    /// <summary>RFC 7518 §3.3: RSA keys of at least 2048 bits.</summary>
    public const int MinimumBits = 2048;

    private readonly RSAParameters _parameters;

    public RsaSigningKey(RSAParameters parameters, string? keyId, string? algorithm = null)
        : base(keyId, algorithm)
    {
        // JWKs may pad the modulus with leading zeros; they count neither for the size nor for the signature length.
        var modulus = parameters.Modulus.AsSpan();
        int firstNonZero = modulus.IndexOfAnyExcept((byte)0);
        modulus = firstNonZero < 0 ? [] : modulus[firstNonZero..];
        _parameters = new RSAParameters { Modulus = modulus.ToArray(), Exponent = parameters.Exponent };
        Bits = modulus.IsEmpty ? 0 : (modulus.Length * 8) - (BitOperations.LeadingZeroCount((uint)modulus[0]) - 24);
    }

    /// <summary>The size of the modulus in bits.</summary>
    public int Bits { get; }

    public override JwsKeyFamily Family => JwsKeyFamily.Rsa;

    public override bool Verify(JwsAlgorithm algorithm, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != _parameters.Modulus!.Length)
        {
            return false;
        }

        // A fresh instance per verification: RSA instances are not documented as safe for concurrent use.
        using var rsa = RSA.Create(_parameters);
        return rsa.VerifyData(signingInput, signature, algorithm.Hash, algorithm.Padding!);
    }

    protected override bool FitsWithinFamily(JwsAlgorithm algorithm) => true;
}
