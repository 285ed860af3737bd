using Microsoft.AspNetCore.Authentication;

namespace GraphApi.Authentication;

/// <summary>
/// The settings of JWT bearer authentication, bound from the <c>Authentication:Jwt</c> configuration section
/// (so also from <c>Authentication__Jwt__SigningKey</c>-style environment variables). Lists default to empty
/// and their documented defaults apply when they stay empty, because the configuration binder appends to a
/// list that already holds items instead of replacing them.
/// </summary>
public sealed class JwtBearerOptions : AuthenticationSchemeOptions
{
    public const string DefaultIssuer = "GraphApi";
    public const string DefaultAudience = "GraphApi";
    public const string DefaultNameClaim = "name";
    public const int DefaultMaxTokenLength = 8 * 1024;

    /// <summary>The algorithms accepted when <see cref="Algorithms"/> is empty, less those no configured key can verify.</summary>
    public static readonly IReadOnlyList<string> DefaultAlgorithms = ["HS256", "HS384", "HS512", "RS256", "PS256", "ES256"];

    public static readonly IReadOnlyList<string> DefaultRoleClaims = ["role", "roles", "groups"];

    /// <summary>The HMAC secret for HS256/HS384/HS512 tokens, at least 256 bits; also what <see cref="JwtTokenIssuer"/> signs with.</summary>
    public string? SigningKey { get; set; }

    public SigningKeyEncoding SigningKeyEncoding { get; set; } = SigningKeyEncoding.Base64;

    /// <summary>The <c>kid</c> of <see cref="SigningKey"/>: stamped on issued tokens, and required of tokens that name one.</summary>
    public string? SigningKeyId { get; set; }

    /// <summary>RSA and EC public keys (PEM) for RS*, PS* and ES* tokens signed elsewhere.</summary>
    public JwtPublicKeyOptions[] PublicKeys { get; set; } = [];

    /// <summary>
    /// An OpenID Connect issuer URL: its keys come from <c>{Authority}/.well-known/openid-configuration</c> →
    /// <c>jwks_uri</c>, and its <c>issuer</c> is accepted in <c>iss</c>.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>Whether <see cref="Authority"/> and its <c>jwks_uri</c> must be https. Default true; false only for a local test authority.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long the authority's keys are used before they are fetched again. Default 12 hours.</summary>
    public TimeSpan AuthorityRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two fetches of the authority's keys caused by a token with an unknown
    /// <c>kid</c> (a key rotation), or after a failed fetch. Default 30 seconds: a flood of tokens with
    /// made-up key ids costs the authority at most one request per interval.
    /// </summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The accepted <c>iss</c> values; the first is stamped on issued tokens. Default <c>GraphApi</c>.</summary>
    public string[] Issuers { get; set; } = [];

    /// <summary>The accepted <c>aud</c> values (a token needs one of them); the first is stamped on issued tokens. Default <c>GraphApi</c>.</summary>
    public string[] Audiences { get; set; } = [];

    /// <summary>The accepted <c>alg</c> values, compared case-sensitively. Default <see cref="DefaultAlgorithms"/>, less those without a key.</summary>
    public string[] Algorithms { get; set; } = [];

    /// <summary>The tolerance for clocks that disagree, applied to <c>exp</c>, <c>nbf</c> and <c>iat</c>. Default 60 seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest token read, in characters; longer ones are refused before any parsing. Default 8 KiB.</summary>
    public int MaxTokenLength { get; set; } = DefaultMaxTokenLength;

    /// <summary>The claim that becomes the user's name (<c>ClaimTypes.Name</c>). Default <c>name</c>.</summary>
    public string NameClaim { get; set; } = DefaultNameClaim;

    /// <summary>The claims whose values become roles (<c>ClaimTypes.Role</c>). Default <see cref="DefaultRoleClaims"/>.</summary>
    public string[] RoleClaims { get; set; } = [];

    /// <summary>How long tokens issued by <see cref="JwtTokenIssuer"/> stay valid. Default 1 hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    internal IReadOnlyList<string> EffectiveIssuers => Issuers.Length > 0 ? Issuers : [DefaultIssuer];

    internal IReadOnlyList<string> EffectiveAudiences => Audiences.Length > 0 ? Audiences : [DefaultAudience];

    internal IReadOnlyList<string> EffectiveRoleClaims => RoleClaims.Length > 0 ? RoleClaims : DefaultRoleClaims;

    internal bool HasKeySource => !string.IsNullOrEmpty(SigningKey) || PublicKeys.Length > 0 || !string.IsNullOrEmpty(Authority);
}
