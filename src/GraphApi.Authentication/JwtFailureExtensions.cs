namespace GraphApi.Authentication;

public static class JwtFailureExtensions
{
    /// <summary>
    /// A fixed sentence for the failure, safe for the <c>error_description</c> of <c>WWW-Authenticate</c> and
    /// for logs: it never repeats anything from the token, which is attacker input.
    /// </summary>
    public static string Describe(this JwtFailure failure) => failure switch
    {
        JwtFailure.MultipleAuthorizationHeaders => "The request has more than one Authorization header.",
        JwtFailure.EmptyToken => "The bearer token is empty.",
        JwtFailure.TooLong => "The token is longer than the server accepts.",
        JwtFailure.NotCompactJws => "The token is not a JWS in compact serialization (three base64url parts separated by dots).",
        JwtFailure.Encrypted => "Encrypted tokens (JWE) are not accepted.",
        JwtFailure.MalformedBase64Url => "The token is not valid base64url.",
        JwtFailure.MalformedHeader => "The token header is not a valid JSON object with a string alg.",
        JwtFailure.Unsigned => "Unsigned tokens (alg none) are not accepted.",
        JwtFailure.AlgorithmNotAllowed => "The token's signature algorithm is not allowed.",
        JwtFailure.EmbeddedKey => "Tokens carrying their own key or key URL (jwk, jku, x5u) are not accepted.",
        JwtFailure.CriticalExtension => "Tokens with critical header extensions (crit) are not accepted.",
        JwtFailure.WrongType => "The token's type (typ) is not a JWT.",
        JwtFailure.MissingSignature => "The token has no signature.",
        JwtFailure.NoKeyForAlgorithm => "No signing key verifies the token's algorithm.",
        JwtFailure.UnknownKeyId => "No signing key has the token's key id (kid).",
        JwtFailure.KeysUnavailable => "The signing keys of the authority could not be retrieved.",
        JwtFailure.InvalidSignature => "The token's signature is invalid.",
        JwtFailure.MalformedPayload => "The token payload is not a valid JSON object.",
        JwtFailure.MissingExpiry => "The token has no expiry (exp).",
        JwtFailure.MalformedTime => "The token's exp, nbf or iat is not a number of seconds since 1970.",
        JwtFailure.Expired => "The token has expired.",
        JwtFailure.NotYetValid => "The token is not valid yet (nbf).",
        JwtFailure.IssuedInFuture => "The token was issued in the future (iat).",
        JwtFailure.InvalidIssuer => "The token's issuer (iss) is not accepted.",
        JwtFailure.InvalidAudience => "The token's audience (aud) is not accepted.",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };
}
