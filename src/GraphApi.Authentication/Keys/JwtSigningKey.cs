using GraphApi.Authentication.Tokens;

namespace GraphApi.Authentication.Keys;

/// <summary>
/// A key that verifies token signatures: configured (HMAC secret, PEM) or from the authority's JWKS. A key
/// fits only the algorithms of its own family, which is what stops an RSA public key being used as an HMAC
/// secret.
/// </summary>
internal abstract class JwtSigningKey(string? keyId, string? algorithm)
{
    /// <summary>The <c>kid</c> tokens name this key by, if any.</summary>
    public string? KeyId { get; } = keyId;

    /// <summary>The one algorithm a JWK restricts the key to with its <c>alg</c> member, if any.</summary>
    public string? Algorithm { get; } = algorithm;

    public abstract JwsKeyFamily Family { get; }

    /// <summary>Whether the key can verify <paramref name="algorithm"/>: same family, a large enough HMAC key, the algorithm's curve.</summary>
    public bool Fits(JwsAlgorithm algorithm) =>
        algorithm.Family == Family && (Algorithm is null || Algorithm == algorithm.Name) && FitsWithinFamily(algorithm);

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="signingInput"/>; only called for an algorithm the key <see cref="Fits"/>.</summary>
    public abstract bool Verify(JwsAlgorithm algorithm, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature);

    protected abstract bool FitsWithinFamily(JwsAlgorithm algorithm);
}
