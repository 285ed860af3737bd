using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Authentication.Keys;
using GraphApi.Authentication.Tokens;
using Microsoft.Extensions.Options;

namespace GraphApi.Authentication;

/// <summary>
/// Signs HS256 tokens with <see cref="JwtBearerOptions.SigningKey"/> for users this server authenticates
/// itself (sign-in), with the first configured issuer and audience, valid for <see cref="JwtBearerOptions.TokenLifetime"/>.
/// </summary>
public sealed class JwtTokenIssuer(IOptionsMonitor<JwtBearerOptions> options, TimeProvider time)
{
    private static readonly JwsAlgorithm Algorithm = JwsAlgorithm.Supported["HS256"];

    /// <summary>A token for the user <paramref name="subject"/> (<c>sub</c>) with the given name, email and roles.</summary>
    /// <exception cref="InvalidOperationException">No signing key is configured: the tokens come from an authority.</exception>
    public IssuedToken Issue(string subject, string? name = null, string? email = null, IEnumerable<string>? roles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var settings = options.Get(JwtBearerDefaults.AuthenticationScheme);
        if (string.IsNullOrEmpty(settings.SigningKey))
        {
            throw new InvalidOperationException(
                $"Tokens cannot be issued: {JwtBearerDefaults.ConfigurationSection}:SigningKey is not set (this server only accepts tokens of its authority or public keys).");
        }

        var key = new HmacSigningKey(ConfiguredKeys.ReadSecret(settings, errors: [])!, settings.SigningKeyId);
        var now = time.GetUtcNow();
        var expiresAt = now + settings.TokenLifetime;

        string header = Encode(writer =>
        {
            writer.WriteString("alg", Algorithm.Name);
            writer.WriteString("typ", "JWT");
            if (key.KeyId is not null)
            {
                writer.WriteString("kid", key.KeyId);
            }
        });
        string payload = Encode(writer =>
        {
            writer.WriteString("sub", subject);
            WriteIfNotNull(writer, "name", name);
            WriteIfNotNull(writer, "email", email);
            writer.WriteStartArray("roles");
            foreach (string role in roles ?? [])
            {
                writer.WriteStringValue(role);
            }

            writer.WriteEndArray();
            writer.WriteString("iss", settings.EffectiveIssuers[0]);
            writer.WriteString("aud", settings.EffectiveAudiences[0]);
            writer.WriteNumber("iat", now.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", now.ToUnixTimeSeconds());
            writer.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
            writer.WriteString("jti", StrictBase64Url.Encode(RandomNumberGenerator.GetBytes(16)));
        });

        string signingInput = header + "." + payload;
        byte[] signature = key.Sign(Algorithm, Encoding.ASCII.GetBytes(signingInput));
        return new IssuedToken(signingInput + "." + StrictBase64Url.Encode(signature), DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    private static string Encode(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return StrictBase64Url.Encode(buffer.ToArray());
    }

    private static void WriteIfNotNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
