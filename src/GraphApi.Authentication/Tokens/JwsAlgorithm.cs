using System.Security.Cryptography;

namespace GraphApi.Authentication.Tokens;

/// <summary>The kind of key an algorithm needs: an HMAC algorithm never uses an RSA or EC key, and so on.</summary>
internal enum JwsKeyFamily
{
    Hmac,
    Rsa,
    EllipticCurve,
}

/// <summary>A JWS signature algorithm this server can verify (RFC 7518 §3).</summary>
internal sealed class JwsAlgorithm
{
    private JwsAlgorithm(string name, JwsKeyFamily family, HashAlgorithmName hash, int hashBytes, RSASignaturePadding? padding = null, string? curveOid = null)
    {
        Name = name;
        Family = family;
        Hash = hash;
        HashBytes = hashBytes;
        Padding = padding;
        CurveOid = curveOid;
    }

    public string Name { get; }

    public JwsKeyFamily Family { get; }

    public HashAlgorithmName Hash { get; }

    /// <summary>The hash size, also the least size of an HMAC key for this algorithm (RFC 7518 §3.2).</summary>
    public int HashBytes { get; }

    /// <summary>PKCS#1 v1.5 for RS*, PSS for PS* (whose salt is as long as the hash, as .NET and RFC 7518 §3.5 agree).</summary>
    public RSASignaturePadding? Padding { get; }

    /// <summary>The one curve an ES* algorithm is defined on (RFC 7518 §3.4).</summary>
    public string? CurveOid { get; }

    public static IReadOnlyDictionary<string, JwsAlgorithm> Supported { get; } = new[]
    {
        new JwsAlgorithm("HS256", JwsKeyFamily.Hmac, HashAlgorithmName.SHA256, 32),
        new JwsAlgorithm("HS384", JwsKeyFamily.Hmac, HashAlgorithmName.SHA384, 48),
        new JwsAlgorithm("HS512", JwsKeyFamily.Hmac, HashAlgorithmName.SHA512, 64),
        new JwsAlgorithm("RS256", JwsKeyFamily.Rsa, HashAlgorithmName.SHA256, 32, RSASignaturePadding.Pkcs1),
        new JwsAlgorithm("RS384", JwsKeyFamily.Rsa, HashAlgorithmName.SHA384, 48, RSASignaturePadding.Pkcs1),
        new JwsAlgorithm("RS512", JwsKeyFamily.Rsa, HashAlgorithmName.SHA512, 64, RSASignaturePadding.Pkcs1),
        new JwsAlgorithm("PS256", JwsKeyFamily.Rsa, HashAlgorithmName.SHA256, 32, RSASignaturePadding.Pss),
        new JwsAlgorithm("PS384", JwsKeyFamily.Rsa, HashAlgorithmName.SHA384, 48, RSASignaturePadding.Pss),
        new JwsAlgorithm("PS512", JwsKeyFamily.Rsa, HashAlgorithmName.SHA512, 64, RSASignaturePadding.Pss),
        new JwsAlgorithm("ES256", JwsKeyFamily.EllipticCurve, HashAlgorithmName.SHA256, 32, curveOid: EllipticCurves.P256Oid),
        new JwsAlgorithm("ES384", JwsKeyFamily.EllipticCurve, HashAlgorithmName.SHA384, 48, curveOid: EllipticCurves.P384Oid),
        new JwsAlgorithm("ES512", JwsKeyFamily.EllipticCurve, HashAlgorithmName.SHA512, 64, curveOid: EllipticCurves.P521Oid),
    }.ToDictionary(a => a.Name, StringComparer.Ordinal);

    public override string ToString() => Name;
}
