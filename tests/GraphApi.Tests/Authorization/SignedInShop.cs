using System.Globalization;
using System.Net.Http.Headers;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// A <see cref="KnownShop"/> host of its own that signs requests in with the application's JWT handler, and a real
/// bearer token (minted by jose) for each of Ann, Bob and Ada: the IDOR tests attack over HTTP as a client would.
/// Usable as a class fixture (tests that only read) or started per test (tests that write).
/// </summary>
public sealed class SignedInShop : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = [];
    private ShopHost? _host;

    public ShopHost Host => _host ?? throw new InvalidOperationException("The shop has not started.");

    public async Task InitializeAsync()
    {
        _host = await ShopHost.StartWithJwtAsync(KnownShop.FillAsync, TestKeys.HmacSecret);
        foreach (var party in new[] { Party.Ann, Party.Bob, Party.Ada })
        {
            _tokens[party.Name] = await MintAsync(party.User);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>POSTs <paramref name="query"/> with <paramref name="who"/>'s bearer token, or with none when null.</summary>
    public Task<GraphQLHttpResponse> AskAsync(Party? who, string query)
    {
        var client = Host.Factory.CreateClient();
        if (who is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[who.Name]);
        }

        return GraphQLHttp.PostQueryAsync(client, query);
    }

    private static Task<string> MintAsync(TestUser user)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // The claims the application's issuer writes (see SignedInWithJwtTests); an hour outlasts any test class.
        return Tokens.HmacAsync(new Dictionary<string, object?>
        {
            ["sub"] = user.Id.ToString(CultureInfo.InvariantCulture),
            ["role"] = user.Role,
            ["iss"] = "GraphApi",
            ["aud"] = "GraphApi",
            ["iat"] = now,
            ["exp"] = now + 3600,
        });
    }
}
