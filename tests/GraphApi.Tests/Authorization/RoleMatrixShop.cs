using System.Globalization;
using System.Net.Http.Headers;
using GraphApi.Data;
using GraphApi.Data.Tests.Infrastructure;
using GraphApi.Features.Users;
using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Shop.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// The role matrix's shop: <see cref="KnownShop"/> plus Pat, a partner with no orders, on a host of its own that signs
/// requests in with the application's JWT handler, and a real bearer token (minted by jose) for each signed-in
/// <see cref="Caller"/>: Ann the customer, Pat the partner, Ada the admin.
/// </summary>
public sealed class RoleMatrixShop : IAsyncLifetime
{
    /// <summary>Pat: user 4, after KnownShop's Ann, Bob and Ada.</summary>
    public static readonly TestUser Pat = new(4, "Partner");

    private readonly Dictionary<Caller, string> _tokens = [];
    private ShopHost? _host;

    public ShopHost Host => _host ?? throw new InvalidOperationException("The shop has not started.");

    /// <summary>The user a signed-in caller is; null for an anonymous one.</summary>
    public static TestUser? UserOf(Caller caller) => caller switch
    {
        Caller.Customer => KnownShop.Ann,
        Caller.Partner => Pat,
        Caller.Admin => KnownShop.Ada,
        _ => null,
    };

    public async Task InitializeAsync()
    {
        _host = await ShopHost.StartWithJwtAsync(FillAsync, TestKeys.HmacSecret);
        foreach (var caller in new[] { Caller.Customer, Caller.Partner, Caller.Admin })
        {
            _tokens[caller] = await MintAsync(UserOf(caller)!);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>POSTs <paramref name="query"/> with <paramref name="caller"/>'s bearer token (none for an anonymous one).</summary>
    public Task<GraphQLHttpResponse> AskAsync(Caller caller, string query, object? variables = null)
    {
        var client = Host.Factory.CreateClient();
        if (_tokens.TryGetValue(caller, out var token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return GraphQLHttp.PostQueryAsync(client, query, variables);
    }

    /// <summary>A hash of every row of the database: equal before and after a request that changed nothing.</summary>
    public string Fingerprint()
    {
        var file = Host.Services.GetRequiredService<ShopDatabaseSettings>().SqliteFile;
        return DataFingerprint.Of(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
    }

    private static async Task FillAsync(ShopDbContext db)
    {
        await KnownShop.FillAsync(db);
        var pat = new User
        {
            Email = "pat@example.com",
            DisplayName = "Pat",
            Role = UserRole.Partner,
            CreatedAt = new DateTime(2025, 1, 4, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Users.Add(pat);
        await db.SaveChangesAsync();

        // The tokens name Pat by ID; the matrix's expectations are wrong if the database gave another one.
        Assert.Equal(Pat.Id, pat.Id);
    }

    private static Task<string> MintAsync(TestUser user)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // The claims the application's issuer writes (see SignedInWithJwtTests); an hour outlasts the test class.
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
