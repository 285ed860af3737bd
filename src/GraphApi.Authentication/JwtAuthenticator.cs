using GraphApi.Authentication.Keys;
using GraphApi.Authentication.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphApi.Authentication;

/// <summary>
/// Validates bearer tokens with the configured keys and, when an authority is configured, its keys: what
/// <see cref="JwtBearerHandler"/> does for HTTP requests, usable wherever else a token arrives.
/// </summary>
public sealed class JwtAuthenticator
{
    private readonly JwtTokenValidator _validator;
    private readonly JwtKeySet _configuredKeys;
    private readonly OpenIdConnectKeySource? _authority;
    private readonly TimeProvider _time;

    public JwtAuthenticator(IOptionsMonitor<JwtBearerOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILoggerFactory loggers)
    {
        // Getting the options validates them (JwtBearerOptionsValidator), so the configured keys load without errors here.
        var settings = options.Get(JwtBearerDefaults.AuthenticationScheme);
        var keys = ConfiguredKeys.Load(settings, errors: []);
        _configuredKeys = new JwtKeySet(keys);
        _validator = new JwtTokenValidator(JwtValidationParameters.From(settings, keys, JwtBearerDefaults.AuthenticationScheme));
        _time = time;
        if (!string.IsNullOrEmpty(settings.Authority))
        {
            _authority = new OpenIdConnectKeySource(settings, keys, httpClients, time, loggers.CreateLogger<OpenIdConnectKeySource>());
        }
    }

    /// <summary>The user of a valid token, or why the token is refused.</summary>
    public async ValueTask<JwtValidationResult> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_authority is null)
        {
            return _validator.Validate(token, _configuredKeys, now);
        }

        var keys = await _authority.GetKeysAsync(cancellationToken);
        var result = _validator.Validate(token, keys ?? _configuredKeys, now);
        if (result.Failure is JwtFailure.UnknownKeyId or JwtFailure.NoKeyForAlgorithm)
        {
            // The authority may have rotated its keys since they were fetched.
            if (await _authority.RefreshAsync(cancellationToken))
            {
                keys = await _authority.GetKeysAsync(cancellationToken);
                result = _validator.Validate(token, keys ?? _configuredKeys, now);
            }
            else if (keys is null)
            {
                result = JwtValidationResult.Fail(JwtFailure.KeysUnavailable);
            }
        }

        return result;
    }
}
