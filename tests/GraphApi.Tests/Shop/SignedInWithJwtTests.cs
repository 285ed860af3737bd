using GraphApi.Tests.Authentication.Infrastructure;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Shop;

/// <summary>
/// The read API with the application's own sign-in: a JWT's subject is the viewer's user ID and its role claims
/// their roles, as the resolvers' <c>Viewer</c> reads them.
/// </summary>
public sealed class SignedInWithJwtTests : IAsyncLifetime
{
    private ShopHost? _host;

    public async Task InitializeAsync() => _host = await ShopHost.StartWithJwtAsync(KnownShop.FillAsync, TestKeys.HmacSecret);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    private async Task<GraphQLHttpResponse> AskAsync(string query, string subject, string role)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var token = await Tokens.HmacAsync(new Dictionary<string, object?>
        {
            ["sub"] = subject,
            ["role"] = role,
            ["iss"] = "GraphApi",
            ["aud"] = "GraphApi",
            ["iat"] = now,
            ["exp"] = now + 300,
        });
        var client = _host!.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await GraphQLHttp.PostQueryAsync(client, query);
    }

    [Fact]
    public async Task A_customers_token_reads_their_own_account_and_orders()
    {
        var response = await AskAsync("{ me { name } orders { totalCount } }", "1", "Customer");

        Assert.Equal("Ann", response.Data().At("me", "name").GetString());
        Assert.Equal(3, response.Data().At("orders", "totalCount").GetInt32());
    }

    [Fact]
    public async Task An_admins_token_lists_users_and_a_customers_does_not()
    {
        var admin = await AskAsync("{ users { totalCount } }", "3", "Admin");
        var customer = await AskAsync("{ users { totalCount } }", "2", "Customer");

        Assert.Equal(3, admin.Data().At("users", "totalCount").GetInt32());
        Assert.Equal("AUTH_NOT_AUTHORIZED", customer.SingleError().Code);
    }
}
