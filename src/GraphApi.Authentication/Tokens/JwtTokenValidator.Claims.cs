using System.Security.Claims;
using System.Text.Json;
using GraphApi.Authentication.Keys;

namespace GraphApi.Authentication.Tokens;

internal sealed partial class JwtTokenValidator
{
    /// <summary>9999-12-31T23:59:59Z, the last second DateTimeOffset can hold.</summary>
    private const double LatestNumericDate = 253402300799;

    private static readonly JsonDocumentOptions PayloadJsonOptions = new() { MaxDepth = 16, AllowDuplicateProperties = false };

    /// <summary>The value type Microsoft.IdentityModel gives claims holding a JSON object, kept for code used to it.</summary>
    private const string JsonClaimValueType = "JSON";

    /// <summary>
    /// Checks the registered claims of RFC 7519 §4.1 (exp required; nbf, iat, with the clock skew; iss and
    /// aud against the accepted values) and turns the claims into the user.
    /// </summary>
    private JwtValidationResult ReadClaims(byte[] json, JwtKeySet keys, DateTimeOffset now)
    {
        if (!TryParseObject(json, PayloadJsonOptions, out var document))
        {
            return JwtValidationResult.Fail(JwtFailure.MalformedPayload);
        }

        using (document)
        {
            var payload = document.RootElement;
            if (!payload.TryGetProperty("exp", out var exp))
            {
                return JwtValidationResult.Fail(JwtFailure.MissingExpiry);
            }

            if (!TryReadNumericDate(exp, out double expiresAt)
                || !TryReadOptionalNumericDate(payload, "nbf", out double? notBefore)
                || !TryReadOptionalNumericDate(payload, "iat", out double? issuedAt))
            {
                return JwtValidationResult.Fail(JwtFailure.MalformedTime);
            }

            double nowSeconds = now.ToUnixTimeMilliseconds() / 1000.0;
            double skew = parameters.ClockSkew.TotalSeconds;
            if (nowSeconds >= expiresAt + skew)
            {
                return JwtValidationResult.Fail(JwtFailure.Expired);
            }

            if (nowSeconds + skew < notBefore)
            {
                return JwtValidationResult.Fail(JwtFailure.NotYetValid);
            }

            if (issuedAt > nowSeconds + skew)
            {
                return JwtValidationResult.Fail(JwtFailure.IssuedInFuture);
            }

            if (!payload.TryGetProperty("iss", out var iss) || iss.ValueKind != JsonValueKind.String || !IsAcceptedIssuer(iss.GetString()!, keys))
            {
                return JwtValidationResult.Fail(JwtFailure.InvalidIssuer);
            }

            if (!payload.TryGetProperty("aud", out var aud) || !HasAcceptedAudience(aud))
            {
                return JwtValidationResult.Fail(JwtFailure.InvalidAudience);
            }

            var principal = new ClaimsPrincipal(ToIdentity(payload, iss.GetString()!));
            return JwtValidationResult.Success(principal, DateTimeOffset.FromUnixTimeMilliseconds((long)(expiresAt * 1000)));
        }
    }

    private bool IsAcceptedIssuer(string issuer, JwtKeySet keys) =>
        parameters.Issuers.Contains(issuer) || issuer == keys.AuthorityIssuer;

    /// <summary>RFC 7519 §4.1.3: one audience as a string, or several as an array; one of them must be accepted.</summary>
    private bool HasAcceptedAudience(JsonElement aud) => aud.ValueKind switch
    {
        JsonValueKind.String => parameters.Audiences.Contains(aud.GetString()!),
        JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && parameters.Audiences.Contains(a.GetString()!)),
        _ => false,
    };

    /// <summary>RFC 7519 §2 NumericDate: a JSON number of seconds since 1970 (a string such as "1700000000" is not one).</summary>
    private static bool TryReadNumericDate(JsonElement value, out double seconds)
    {
        seconds = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out seconds) && seconds is >= 0 and <= LatestNumericDate;
    }

    private static bool TryReadOptionalNumericDate(JsonElement payload, string name, out double? seconds)
    {
        seconds = null;
        if (!payload.TryGetProperty(name, out var value))
        {
            return true;
        }

        if (!TryReadNumericDate(value, out double read))
        {
            return false;
        }

        seconds = read;
        return true;
    }

    private ClaimsIdentity ToIdentity(JsonElement payload, string issuer)
    {
        var claims = new List<Claim>();
        foreach (var member in payload.EnumerateObject())
        {
            string type = parameters.ClaimTypeMap.TryGetValue(member.Name, out var mapped) ? mapped : member.Name;
            if (member.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in member.Value.EnumerateArray())
                {
                    AddClaim(claims, type, item, issuer);
                }
            }
            else
            {
                AddClaim(claims, type, member.Value, issuer);
            }
        }

        return new ClaimsIdentity(claims, parameters.AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
    }

    private static void AddClaim(List<Claim> claims, string type, JsonElement value, string issuer)
    {
        (string? text, string valueType) = value.ValueKind switch
        {
            JsonValueKind.String => (value.GetString(), ClaimValueTypes.String),
            JsonValueKind.Number => (value.GetRawText(), value.TryGetInt64(out _) ? ClaimValueTypes.Integer64 : ClaimValueTypes.Double),
            JsonValueKind.True => ("true", ClaimValueTypes.Boolean),
            JsonValueKind.False => ("false", ClaimValueTypes.Boolean),
            JsonValueKind.Null => (null, ClaimValueTypes.String),
            _ => (value.GetRawText(), JsonClaimValueType),
        };
        if (text is not null)
        {
            claims.Add(new Claim(type, text, valueType, issuer));
        }
    }
}
