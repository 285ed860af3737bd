using System.Security.Cryptography;

namespace GraphApi.Authentication.Tokens;

/// <summary>The NIST curves of ES256, ES384 and ES512, by OID and by JWK <c>crv</c> name (RFC 7518 §6.2.1.1).</summary>
internal static class EllipticCurves
{
    public const string P256Oid = "1.2.840.10045.3.1.7";
    public const string P384Oid = "1.3.132.0.34";
    public const string P521Oid = "1.3.132.0.35";

    /// <summary>The curve's OID for a JWK <c>crv</c>, or null for a curve ES* does not use.</summary>
    public static string? OidOfJwkName(string crv) => crv switch
    {
        "P-256" => P256Oid,
        "P-384" => P384Oid,
        "P-521" => P521Oid,
        _ => null,
    };

    /// <summary>The size of a coordinate (and of each half of an IEEE P1363 signature) in bytes.</summary>
    public static int CoordinateBytes(string oid) => oid switch
    {
        P256Oid => 32,
        P384Oid => 48,
        P521Oid => 66,
        _ => throw new ArgumentOutOfRangeException(nameof(oid), oid, "Not a curve of ES256, ES384 or ES512."),
    };

    public static ECCurve CurveOf(string oid) => ECCurve.CreateFromValue(oid);

    /// <summary>The OID of a key's named curve, or null when the key is on another curve.</summary>
    public static string? OidOf(ECParameters parameters)
    {
        var oid = parameters.Curve.Oid;
        string? value = oid.Value ?? oid.FriendlyName switch
        {
            "nistP256" or "ECDSA_P256" => P256Oid,
            "nistP384" or "ECDSA_P384" => P384Oid,
            "nistP521" or "ECDSA_P521" => P521Oid,
            _ => null,
        };
        return value is P256Oid or P384Oid or P521Oid ? value : null;
    }
}
