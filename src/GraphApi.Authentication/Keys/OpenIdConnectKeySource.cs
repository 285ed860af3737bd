using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GraphApi.Authentication.Keys;

/// <summary>
/// The signing keys of an OpenID Connect authority: its discovery document
/// (<c>/.well-known/openid-configuration</c>, OpenID Connect Discovery 1.0 §4) names the issuer and the
/// <c>jwks_uri</c>, whose key set is cached for <see cref="JwtBearerOptions.AuthorityRefreshInterval"/>. A
/// token with an unknown <c>kid</c> (the authority rotated its keys) triggers a fetch, but fetches never
/// come closer together than <see cref="JwtBearerOptions.UnknownKeyRefreshInterval"/>, so that made-up key
/// ids cannot turn this server into a flood against the authority. One fetch runs at a time.
/// </summary>
internal sealed class OpenIdConnectKeySource
{
    public const string HttpClientName = "GraphApi.Authentication.OpenIdConnect";

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 16, AllowDuplicateProperties = false };

    private readonly string _authority;
    private readonly Uri _discoveryUri;
    private readonly bool _requireHttps;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeSpan _minimumInterval;
    private readonly IReadOnlyList<JwtSigningKey> _configuredKeys;
    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _fetching = new(1, 1);

    private volatile Fetched? _fetched;
    private DateTimeOffset? _lastAttempt;

    public OpenIdConnectKeySource(JwtBearerOptions options, IReadOnlyList<JwtSigningKey> configuredKeys, IHttpClientFactory httpClients, TimeProvider time, ILogger logger)
    {
        _authority = options.Authority!.TrimEnd('/');
        _discoveryUri = new Uri(_authority + "/.well-known/openid-configuration");
        _requireHttps = options.RequireHttpsMetadata;
        _refreshInterval = options.AuthorityRefreshInterval;
        _minimumInterval = options.UnknownKeyRefreshInterval;
        _configuredKeys = configuredKeys;
        _httpClients = httpClients;
        _time = time;
        _logger = logger;
    }

    /// <summary>The configured keys with the authority's, or null while the authority's keys could never be fetched.</summary>
    public async ValueTask<JwtKeySet?> GetKeysAsync(CancellationToken cancellationToken)
    {
        if (IsStale())
        {
            await TryFetchAsync(IsStale, cancellationToken);
        }

        return _fetched?.Keys;
    }

    /// <summary>Fetches the keys again unless the last attempt is too recent; true when new keys were fetched.</summary>
    public ValueTask<bool> RefreshAsync(CancellationToken cancellationToken) => TryFetchAsync(() => true, cancellationToken);

    private bool IsStale() => _fetched is not { } fetched || _time.GetUtcNow() - fetched.At >= _refreshInterval;

    private async ValueTask<bool> TryFetchAsync(Func<bool> stillNeeded, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (!stillNeeded() || now - _lastAttempt < _minimumInterval)
            {
                return false;
            }

            _lastAttempt = now;
            try
            {
                // Not the request's token: one client going away must not abort the fetch others wait for.
                var keys = await DownloadAsync();
                _fetched = new Fetched(keys, now);
                _logger.LogInformation("Fetched {Count} signing keys of the authority {Authority}.", keys.Keys.Count - _configuredKeys.Count, _authority);
                return true;
            }
            // InvalidOperationException: a string in the documents that is not valid Unicode.
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or InvalidDataException or InvalidOperationException)
            {
                _logger.LogWarning(e, "Could not fetch the signing keys of the authority {Authority}: {Message}", _authority, e.Message);
                return false;
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    private async Task<JwtKeySet> DownloadAsync()
    {
        var client = _httpClients.CreateClient(HttpClientName);
        string issuer;
        Uri jwksUri;
        using (var discovery = JsonDocument.Parse(await client.GetByteArrayAsync(_discoveryUri), JsonOptions))
        {
            var root = discovery.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("issuer", out var issuerElement) || issuerElement.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("jwks_uri", out var jwksElement) || jwksElement.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"{_discoveryUri} is not a discovery document with issuer and jwks_uri.");
            }

            issuer = issuerElement.GetString()!;
            if (issuer.TrimEnd('/') != _authority)
            {
                // OpenID Connect Discovery 1.0 §4.3: a document naming another issuer may be an impersonation.
                throw new InvalidDataException($"{_discoveryUri} names the issuer {issuer}, not the authority.");
            }

            if (!Uri.TryCreate(jwksElement.GetString(), UriKind.Absolute, out jwksUri!)
                || (jwksUri.Scheme != Uri.UriSchemeHttps && (_requireHttps || jwksUri.Scheme != Uri.UriSchemeHttp)))
            {
                throw new InvalidDataException($"The jwks_uri of {_discoveryUri} is not an {(_requireHttps ? "https" : "http(s)")} URL.");
            }
        }

        var keys = JsonWebKeySetReader.Read(await client.GetByteArrayAsync(jwksUri));
        return new JwtKeySet([.. _configuredKeys, .. keys], issuer);
    }

    private sealed record Fetched(JwtKeySet Keys, DateTimeOffset At);
}
