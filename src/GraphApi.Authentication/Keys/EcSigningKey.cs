using System.Security.Cryptography;
using GraphApi.Authentication.Tokens;

namespace GraphApi.Authentication.Keys;

/// <summary>An EC public key on P-256, P-384 or P-521, for ES256, ES384 or ES512 respectively.</summary>
internal sealed class EcSigningKey(ECParameters parameters, string curveOid, string? keyId, string? algorithm = null)
    : JwtSigningKey(keyId, algorithm)
{
    public override JwsKeyFamily Family => JwsKeyFamily.EllipticCurve;

    public string CurveOid { get; } = curveOid;

    public override bool Verify(JwsAlgorithm algorithm, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        // JWS signatures are R || S of fixed size (IEEE P1363), not DER (RFC 7518 §3.4).
        if (signature.Length != 2 * EllipticCurves.CoordinateBytes(CurveOid))
        {
            return false;
        }

        // A fresh instance per verification: ECDsa instances are not documented as safe for concurrent use.
        using var ecdsa = ECDsa.Create(parameters);
        return ecdsa.VerifyData(signingInput, signature, algorithm.Hash, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    protected override bool FitsWithinFamily(JwsAlgorithm algorithm) => algorithm.CurveOid == CurveOid;
}
