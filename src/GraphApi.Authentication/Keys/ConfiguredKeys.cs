using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Authentication.Keys;

/// <summary>
/// The keys written in the options (<c>SigningKey</c>, <c>PublicKeys</c>), read once. Every problem is
/// reported with the setting at fault, so that the options validator can stop the server at startup.
/// </summary>
internal static class ConfiguredKeys
{
    public static List<JwtSigningKey> Load(JwtBearerOptions options, List<string> errors)
    {
        var keys = new List<JwtSigningKey>();
        if (!string.IsNullOrEmpty(options.SigningKey) && ReadSecret(options, errors) is { } secret)
        {
            keys.Add(new HmacSigningKey(secret, NullIfEmpty(options.SigningKeyId)));
        }

        for (int i = 0; i < options.PublicKeys.Length; i++)
        {
            if (ReadPublicKey(options.PublicKeys[i], $"{JwtBearerDefaults.ConfigurationSection}:PublicKeys:{i}", errors) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The bytes of <see cref="JwtBearerOptions.SigningKey"/>, or null (with an error) when it is not a usable HMAC key.</summary>
    public static byte[]? ReadSecret(JwtBearerOptions options, List<string> errors)
    {
        const string setting = JwtBearerDefaults.ConfigurationSection + ":SigningKey";
        byte[] secret;
        if (options.SigningKeyEncoding == SigningKeyEncoding.Utf8)
        {
            secret = Encoding.UTF8.GetBytes(options.SigningKey!);
        }
        else
        {
            try
            {
                secret = Convert.FromBase64String(options.SigningKey!);
            }
            catch (FormatException)
            {
                errors.Add($"{setting} is not base64; set {JwtBearerDefaults.ConfigurationSection}:SigningKeyEncoding=Utf8 for a passphrase.");
                return null;
            }
        }

        if (secret.Length < HmacSigningKey.MinimumBytes)
        {
            errors.Add($"{setting} has {secret.Length * 8} bits; an HMAC key needs at least {HmacSigningKey.MinimumBytes * 8} (e.g. openssl rand -base64 32).");
            return null;
        }

        return secret;
    }

    private static JwtSigningKey? ReadPublicKey(JwtPublicKeyOptions options, string setting, List<string> errors)
    {
        if (!PemEncoding.TryFind(options.Pem, out var fields) || options.Pem[fields.Label] is not ("PUBLIC KEY" or "RSA PUBLIC KEY"))
        {
            errors.Add($"{setting}:Pem is not a PEM public key (-----BEGIN PUBLIC KEY----- or -----BEGIN RSA PUBLIC KEY-----).");
            return null;
        }

        string pem = options.Pem[fields.Location];
        string? keyId = NullIfEmpty(options.KeyId);

        using (var rsa = RSA.Create())
        {
            if (TryImport(() => rsa.ImportFromPem(pem)))
            {
                var key = new RsaSigningKey(rsa.ExportParameters(includePrivateParameters: false), keyId);
                if (key.Bits < RsaSigningKey.MinimumBits)
                {
                    errors.Add($"{setting}:Pem is an RSA key of {key.Bits} bits; at least {RsaSigningKey.MinimumBits} are required.");
                    return null;
                }

                return key;
            }
        }

        using (var ecdsa = ECDsa.Create())
        {
            if (TryImport(() => ecdsa.ImportFromPem(pem)))
            {
                var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
                if (Tokens.EllipticCurves.OidOf(parameters) is { } oid)
                {
                    return new EcSigningKey(parameters, oid, keyId);
                }

                errors.Add($"{setting}:Pem is an EC key on a curve other than P-256, P-384 and P-521.");
                return null;
            }
        }

        errors.Add($"{setting}:Pem is neither an RSA nor an EC public key.");
        return null;
    }

    private static bool TryImport(Action import)
    {
        try
        {
            import();
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
