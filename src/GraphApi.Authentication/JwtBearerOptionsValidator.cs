using GraphApi.Authentication.Keys;
using GraphApi.Authentication.Tokens;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Authentication;

/// <summary>Stops the server at startup when the <c>Authentication:Jwt</c> settings are unusable or unsafe, naming the setting.</summary>
internal sealed class JwtBearerOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtBearerOptions>
{
    private const string Section = JwtBearerDefaults.ConfigurationSection;

    public ValidateOptionsResult Validate(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (!options.HasKeySource)
        {
            failures.Add(
                $"{Section} has no key to verify tokens with: set {Section}:SigningKey (an HMAC secret of at least 256 bits, e.g. openssl rand -base64 32), " +
                $"{Section}:PublicKeys or {Section}:Authority. Only the Development environment generates a key; this is {environment.EnvironmentName}.");
        }

        ConfiguredKeys.Load(options, failures);
        ValidateAuthority(options, failures);

        foreach (string algorithm in options.Algorithms)
        {
            if (!JwsAlgorithm.Supported.ContainsKey(algorithm))
            {
                failures.Add($"{Section}:Algorithms: \"{algorithm}\" is not one of {string.Join(", ", JwsAlgorithm.Supported.Keys)}.");
            }
        }

        if (options.ClockSkew < TimeSpan.Zero)
        {
            failures.Add($"{Section}:ClockSkew must not be negative, not {options.ClockSkew}.");
        }

        foreach (var (setting, value) in new[]
        {
            ("AuthorityRefreshInterval", options.AuthorityRefreshInterval),
            ("UnknownKeyRefreshInterval", options.UnknownKeyRefreshInterval),
            ("TokenLifetime", options.TokenLifetime),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{Section}:{setting} must be positive, not {value}.");
            }
        }

        if (options.MaxTokenLength <= 0)
        {
            failures.Add($"{Section}:MaxTokenLength must be positive, not {options.MaxTokenLength}.");
        }

        if (string.IsNullOrEmpty(options.NameClaim))
        {
            failures.Add($"{Section}:NameClaim must name a claim.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAuthority(JwtBearerOptions options, List<string> failures)
    {
        if (string.IsNullOrEmpty(options.Authority))
        {
            return;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Section}:Authority must be the issuer URL of an OpenID Connect provider, not \"{options.Authority}\".");
        }
        else if (authority.Scheme != Uri.UriSchemeHttps && options.RequireHttpsMetadata)
        {
            failures.Add($"{Section}:Authority must be https (keys fetched over http could be replaced on the way); set {Section}:RequireHttpsMetadata=false only for a local test authority.");
        }
    }
}
