using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Tests.Authentication.Infrastructure;

/// <summary>
/// A tiny OpenID Connect provider on Kestrel (127.0.0.1, a port Kestrel picks): its discovery document and
/// its JWKS, which the test replaces to rotate keys, and counts of how often each was fetched.
/// </summary>
public sealed class FakeAuthority : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _discoveryFetches;
    private int _jwksFetches;

    private FakeAuthority(WebApplication app)
    {
        _app = app;
    }

    public string Url { get; private set; } = "";

    /// <summary>The issuer the discovery document announces; the authority's own URL unless a test changes it.</summary>
    public string? Issuer { get; set; }

    /// <summary>The public JWKs served at the jwks_uri.</summary>
    public JsonElement[] Keys { get; set; } = [];

    /// <summary>When true, both documents answer 503.</summary>
    public bool Down { get; set; }

    public int DiscoveryFetches => Volatile.Read(ref _discoveryFetches);

    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    public static async Task<FakeAuthority> StartAsync(params JsonElement[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var authority = new FakeAuthority(app) { Keys = keys };
        app.MapGet("/.well-known/openid-configuration", () =>
        {
            Interlocked.Increment(ref authority._discoveryFetches);
            return authority.Down
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new { issuer = authority.Issuer ?? authority.Url, jwks_uri = authority.Url + "/jwks" });
        });
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref authority._jwksFetches);
            return authority.Down ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Json(new { keys = authority.Keys });
        });
        await app.StartAsync();
        authority.Url = app.Urls.Single().TrimEnd('/');
        return authority;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
