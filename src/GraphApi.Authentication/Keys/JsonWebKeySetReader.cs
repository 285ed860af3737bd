using System.Security.Cryptography;
using System.Text.Json;
using GraphApi.Authentication.Tokens;

namespace GraphApi.Authentication.Keys;

/// <summary>
/// Reads the verification keys of a JWKS (RFC 7517 §5): RSA keys of at least 2048 bits and EC keys on
/// P-256/P-384/P-521, meant for signatures. Anything else in the set (symmetric <c>oct</c> keys, encryption
/// keys, unknown types or malformed members) is skipped, so one odd key does not hide the others; text that
/// is not valid Unicode makes the whole set unreadable (<see cref="InvalidOperationException"/>).
/// </summary>
internal static class JsonWebKeySetReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 8, AllowDuplicateProperties = false };

    /// <summary>
    /// The usable keys of the set (a key whose <c>alg</c> belongs to another family never fits a token), or
    /// throws <see cref="JsonException"/> when the document is not a key set.
    /// </summary>
    public static List<JwtSigningKey> Read(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json, JsonOptions);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS is not an object with a \"keys\" array.");
        }

        var result = new List<JwtSigningKey>();
        foreach (var jwk in keys.EnumerateArray())
        {
            if (jwk.ValueKind == JsonValueKind.Object && ReadKey(jwk) is { } key)
            {
                result.Add(key);
            }
        }

        return result;
    }

    private static JwtSigningKey? ReadKey(JsonElement jwk)
    {
        if (!IsForVerification(jwk)
            || !TryGetOptionalString(jwk, "kid", out string? kid)
            || !TryGetOptionalString(jwk, "alg", out string? alg)
            || (alg is not null && !JwsAlgorithm.Supported.ContainsKey(alg)))
        {
            return null;
        }

        return GetString(jwk, "kty") switch
        {
            "RSA" => ReadRsa(jwk, kid, alg),
            "EC" => ReadEc(jwk, kid, alg),
            _ => null,
        };
    }

    /// <summary>RFC 7517 §4.2, §4.3: a key marked for encryption, or without the verify operation, is not a signature key.</summary>
    private static bool IsForVerification(JsonElement jwk)
    {
        if (jwk.TryGetProperty("use", out var use) && !(use.ValueKind == JsonValueKind.String && use.ValueEquals("sig")))
        {
            return false;
        }

        return !jwk.TryGetProperty("key_ops", out var operations)
            || (operations.ValueKind == JsonValueKind.Array
                && operations.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.String && o.ValueEquals("verify")));
    }

    private static RsaSigningKey? ReadRsa(JsonElement jwk, string? kid, string? alg)
    {
        if (GetBytes(jwk, "n") is not { Length: > 0 } modulus || GetBytes(jwk, "e") is not { Length: > 0 } exponent)
        {
            return null;
        }

        var parameters = new RSAParameters { Modulus = modulus, Exponent = exponent };
        if (!CanImport(() => RSA.Create(parameters)))
        {
            return null;
        }

        var key = new RsaSigningKey(parameters, kid, alg);
        return key.Bits >= RsaSigningKey.MinimumBits ? key : null;
    }

    private static EcSigningKey? ReadEc(JsonElement jwk, string? kid, string? alg)
    {
        if (GetString(jwk, "crv") is not { } crv || EllipticCurves.OidOfJwkName(crv) is not { } oid)
        {
            return null;
        }

        int size = EllipticCurves.CoordinateBytes(oid);
        if (GetBytes(jwk, "x") is not { } x || GetBytes(jwk, "y") is not { } y || x.Length != size || y.Length != size)
        {
            return null;
        }

        // Importing checks that the point is on the curve.
        var parameters = new ECParameters { Curve = EllipticCurves.CurveOf(oid), Q = new ECPoint { X = x, Y = y } };
        return CanImport(() => ECDsa.Create(parameters)) ? new EcSigningKey(parameters, oid, kid, alg) : null;
    }

    /// <summary>Whether the key imports, so that verifying with it later cannot throw.</summary>
    private static bool CanImport(Func<AsymmetricAlgorithm> import)
    {
        try
        {
            import().Dispose();
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string? GetString(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryGetOptionalString(JsonElement jwk, string name, out string? value)
    {
        value = null;
        if (!jwk.TryGetProperty(name, out var element))
        {
            return true;
        }

        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return value is not null;
    }

    private static byte[]? GetBytes(JsonElement jwk, string name) =>
        GetString(jwk, name) is { } text && StrictBase64Url.TryDecode(text, out var bytes) ? bytes : null;
}
