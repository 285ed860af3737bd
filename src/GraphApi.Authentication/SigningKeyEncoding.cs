namespace GraphApi.Authentication;

/// <summary>How the text of <see cref="JwtBearerOptions.SigningKey"/> becomes the bytes of the HMAC key.</summary>
public enum SigningKeyEncoding
{
    /// <summary>Standard base64 (e.g. the output of <c>openssl rand -base64 32</c>): any byte can be part of the key.</summary>
    Base64,

    /// <summary>The UTF-8 bytes of the text, for a passphrase; it must still be at least 32 bytes long.</summary>
    Utf8,
}
