using System.Text;
using GraphApi.Authentication.Keys;

namespace GraphApi.Authentication.Tokens;

/// <summary>
/// Validates a JWT (RFC 7519) signed as a JWS in compact serialization (RFC 7515 §7.1), with no I/O: the
/// keys and the time are given. The header is checked first, the signature next, and the claims are read
/// only from a token whose signature is verified. RFC 8725 (JWT best current practices) is the guide.
/// </summary>
internal sealed partial class JwtTokenValidator(JwtValidationParameters parameters)
{
    public JwtValidationResult Validate(string token, JwtKeySet keys, DateTimeOffset now)
    {
        if (token.Length > parameters.MaxTokenLength)
        {
            return JwtValidationResult.Fail(JwtFailure.TooLong);
        }

        switch (token.AsSpan().Count('.'))
        {
            case 2:
                break;
            case 4:
                return JwtValidationResult.Fail(JwtFailure.Encrypted);
            default:
                return JwtValidationResult.Fail(JwtFailure.NotCompactJws);
        }

        int headerEnd = token.IndexOf('.');
        int payloadEnd = token.LastIndexOf('.');
        if (!StrictBase64Url.TryDecode(token.AsSpan(0, headerEnd), out byte[] header)
            || !StrictBase64Url.TryDecode(token.AsSpan(headerEnd + 1, payloadEnd - headerEnd - 1), out byte[] payload)
            || !StrictBase64Url.TryDecode(token.AsSpan(payloadEnd + 1), out byte[] signature))
        {
            return JwtValidationResult.Fail(JwtFailure.MalformedBase64Url);
        }

        if (ReadHeader(header, out var algorithm, out string? keyId) is { } headerFailure)
        {
            return JwtValidationResult.Fail(headerFailure);
        }

        if (signature.Length == 0)
        {
            return JwtValidationResult.Fail(JwtFailure.MissingSignature);
        }

        // Every character before the second dot is base64url or '.', so ASCII is the exact encoding.
        byte[] signingInput = Encoding.ASCII.GetBytes(token, 0, payloadEnd);
        if (VerifySignature(algorithm, keyId, signingInput, signature, keys) is { } signatureFailure)
        {
            return JwtValidationResult.Fail(signatureFailure);
        }

        return ReadClaims(payload, keys, now);
    }

    private static JwtFailure? VerifySignature(JwsAlgorithm algorithm, string? keyId, byte[] signingInput, byte[] signature, JwtKeySet keys)
    {
        // Keys are chosen among the configured and JWKS keys only, never from the token, and only from the
        // algorithm's family: an HMAC algorithm never gets an RSA or EC key (RFC 8725 §2.1, §3.1).
        bool anyCandidate = false;
        foreach (var key in keys.Keys)
        {
            if (key.Fits(algorithm) && (keyId is null || key.KeyId == keyId))
            {
                anyCandidate = true;
                if (key.Verify(algorithm, signingInput, signature))
                {
                    return null;
                }
            }
        }

        if (anyCandidate)
        {
            return JwtFailure.InvalidSignature;
        }

        return keyId is not null && !keys.Keys.Any(k => k.KeyId == keyId) ? JwtFailure.UnknownKeyId : JwtFailure.NoKeyForAlgorithm;
    }
}
