namespace GraphApi.Authentication;

/// <summary>A public key that verifies RS*, PS* (RSA) or ES* (EC) tokens, configured as PEM text.</summary>
public sealed class JwtPublicKeyOptions
{
    /// <summary>
    /// The key id. A token whose header names a <c>kid</c> is verified only by the key with that id; a token
    /// without one is tried against every key that fits its algorithm.
    /// </summary>
    public string? KeyId { get; set; }

    /// <summary>The key in PEM: <c>-----BEGIN PUBLIC KEY-----</c> (SubjectPublicKeyInfo) or <c>-----BEGIN RSA PUBLIC KEY-----</c>.</summary>
    public string Pem { get; set; } = "";
}
