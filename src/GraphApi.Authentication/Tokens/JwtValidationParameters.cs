using System.Security.Claims;
using GraphApi.Authentication.Keys;

namespace GraphApi.Authentication.Tokens;

/// <summary>What <see cref="JwtTokenValidator"/> accepts, resolved once from <see cref="JwtBearerOptions"/>.</summary>
internal sealed class JwtValidationParameters
{
    public required IReadOnlySet<string> Algorithms { get; init; }

    public required IReadOnlySet<string> Issuers { get; init; }

    public required IReadOnlySet<string> Audiences { get; init; }

    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxTokenLength { get; init; } = JwtBearerOptions.DefaultMaxTokenLength;

    /// <summary>Token claim names mapped to .NET claim types (sub → NameIdentifier, ...); other claims keep their names.</summary>
    public required IReadOnlyDictionary<string, string> ClaimTypeMap { get; init; }

    /// <summary>The authentication type of the identities made (the scheme name), which makes them authenticated.</summary>
    public string AuthenticationType { get; init; } = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>
    /// The parameters of <paramref name="options"/>. Without configured algorithms, the defaults less those
    /// no key can verify: HMAC ones need a secret as long as their hash, RSA and EC ones a configured key of
    /// that kind or an authority (whose keys are known only later).
    /// </summary>
    public static JwtValidationParameters From(JwtBearerOptions options, IReadOnlyList<JwtSigningKey> configuredKeys, string authenticationType)
    {
        bool hasAuthority = !string.IsNullOrEmpty(options.Authority);
        IEnumerable<string> algorithms = options.Algorithms.Length > 0
            ? options.Algorithms
            : JwtBearerOptions.DefaultAlgorithms.Where(name =>
            {
                var algorithm = JwsAlgorithm.Supported[name];
                return configuredKeys.Any(k => k.Fits(algorithm)) || (hasAuthority && algorithm.Family != JwsKeyFamily.Hmac);
            });

        var claimTypes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sub"] = ClaimTypes.NameIdentifier,
            ["email"] = ClaimTypes.Email,
        };
        foreach (string roleClaim in options.EffectiveRoleClaims)
        {
            claimTypes[roleClaim] = ClaimTypes.Role;
        }

        claimTypes[options.NameClaim] = ClaimTypes.Name;

        return new JwtValidationParameters
        {
            Algorithms = algorithms.ToHashSet(StringComparer.Ordinal),
            Issuers = options.EffectiveIssuers.ToHashSet(StringComparer.Ordinal),
            Audiences = options.EffectiveAudiences.ToHashSet(StringComparer.Ordinal),
            ClockSkew = options.ClockSkew,
            MaxTokenLength = options.MaxTokenLength,
            ClaimTypeMap = claimTypes,
            AuthenticationType = authenticationType,
        };
    }
}
