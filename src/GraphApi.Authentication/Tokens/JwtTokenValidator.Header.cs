using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GraphApi.Authentication.Tokens;

internal sealed partial class JwtTokenValidator
{
    /// <summary>Real headers are well under 1 KiB; the limit bounds the work spent on unauthenticated input.</summary>
    private const int MaxHeaderBytes = 4096;

    private static readonly JsonDocumentOptions HeaderJsonOptions = new() { MaxDepth = 4, AllowDuplicateProperties = false };

    /// <summary>Header members that carry a key or point at one: trusting them lets the token choose its own key (RFC 8725 §3.10).</summary>
    private static readonly string[] EmbeddedKeyMembers = ["jwk", "jku", "x5u"];

    /// <summary>
    /// Reads <c>alg</c> and <c>kid</c> from the JOSE header (RFC 7515 §4.1) and refuses what this server
    /// does not do: unsigned tokens, algorithms outside the allow-list, keys carried by the token, critical
    /// extensions it does not understand, and explicit types other than a JWT (RFC 8725 §3.11).
    /// </summary>
    private JwtFailure? ReadHeader(byte[] json, out JwsAlgorithm algorithm, out string? keyId)
    {
        algorithm = null!;
        keyId = null;
        if (json.Length > MaxHeaderBytes || !TryParseObject(json, HeaderJsonOptions, out var document))
        {
            return JwtFailure.MalformedHeader;
        }

        using (document)
        {
            var header = document.RootElement;
            if (!header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String)
            {
                return JwtFailure.MalformedHeader;
            }

            string name = alg.GetString()!;
            if (name.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return JwtFailure.Unsigned;
            }

            if (!parameters.Algorithms.Contains(name) || !JwsAlgorithm.Supported.TryGetValue(name, out algorithm!))
            {
                return JwtFailure.AlgorithmNotAllowed;
            }

            if (EmbeddedKeyMembers.Any(member => header.TryGetProperty(member, out _)))
            {
                return JwtFailure.EmbeddedKey;
            }

            // RFC 7515 §4.1.11: a recipient that does not understand every listed extension must reject the
            // token; this server implements none.
            if (header.TryGetProperty("crit", out _))
            {
                return JwtFailure.CriticalExtension;
            }

            if (header.TryGetProperty("typ", out var typ) && !IsJwtType(typ))
            {
                return JwtFailure.WrongType;
            }

            if (header.TryGetProperty("kid", out var kid))
            {
                if (kid.ValueKind != JsonValueKind.String)
                {
                    return JwtFailure.MalformedHeader;
                }

                keyId = kid.GetString();
            }

            return null;
        }
    }

    /// <summary>JWT (RFC 7519 §5.1) or an OAuth access token (RFC 9068 §2.1), case-insensitive, "application/" optional (RFC 7515 §4.1.9).</summary>
    private static bool IsJwtType(JsonElement typ)
    {
        if (typ.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        string value = typ.GetString()!;
        if (value.StartsWith("application/", StringComparison.OrdinalIgnoreCase))
        {
            value = value["application/".Length..];
        }

        return value.Equals("JWT", StringComparison.OrdinalIgnoreCase) || value.Equals("at+jwt", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Parses a JSON object; false for invalid JSON, duplicate member names, too much nesting, text that is
    /// not Unicode, or another kind of value.
    /// </summary>
    private static bool TryParseObject(byte[] json, JsonDocumentOptions options, [NotNullWhen(true)] out JsonDocument? document)
    {
        try
        {
            document = JsonDocument.Parse(json, options);
        }
        catch (JsonException)
        {
            document = null;
            return false;
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object && HasOnlyValidText(document.RootElement))
        {
            return true;
        }

        document.Dispose();
        document = null;
        return false;
    }

    /// <summary>
    /// The parser leaves strings undecoded, so invalid UTF-8 or an escaped lone surrogate would only throw
    /// when the string is read, as a server error; reading every name and string here makes it a malformed token.
    /// </summary>
    private static bool HasOnlyValidText(JsonElement element)
    {
        try
        {
            ReadAllText(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void ReadAllText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    _ = member.Name;
                    ReadAllText(member.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllText(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}
