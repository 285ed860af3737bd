namespace GraphApi.Authentication;

/// <summary>Why a bearer token was refused.</summary>
public enum JwtFailure
{
    MultipleAuthorizationHeaders,
    EmptyToken,
    TooLong,
    NotCompactJws,
    Encrypted,
    MalformedBase64Url,
    MalformedHeader,
    Unsigned,
    AlgorithmNotAllowed,
    EmbeddedKey,
    CriticalExtension,
    WrongType,
    MissingSignature,
    NoKeyForAlgorithm,
    UnknownKeyId,
    KeysUnavailable,
    InvalidSignature,
    MalformedPayload,
    MissingExpiry,
    MalformedTime,
    Expired,
    NotYetValid,
    IssuedInFuture,
    InvalidIssuer,
    InvalidAudience,
}
