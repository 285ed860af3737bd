using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphApi.Authentication;
using GraphApi.Data;
using GraphApi.Data.Seeding;
using GraphApi.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Events.Infrastructure;

/// <summary>
/// The shop as the event tests drive it: its users (the seeded demo users, and new ones a test makes for
/// itself), their tokens from the host's own issuer, and the mutations that raise events, sent over HTTP.
/// </summary>
public sealed class EventShop(EventsHost host)
{
    public EventsHost Host { get; } = host;

    /// <summary>A user of the shop as a test uses it: their ID and a valid token with their role.</summary>
    public sealed record Actor(int Id, UserRole Role, string Token)
    {
        public object ConnectionParams => new { Authorization = "Bearer " + Token };
    }

    public async Task<Actor> DemoAsync(string email)
    {
        await using var db = Contexts.CreateDbContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        return ActorOf(user);
    }

    public Task<Actor> CustomerAsync() => DemoAsync(DemoUsers.CustomerEmail);

    public Task<Actor> AdminAsync() => DemoAsync(DemoUsers.AdminEmail);

    public Task<Actor> PartnerAsync() => DemoAsync(DemoUsers.PartnerEmail);

    /// <summary>A new user of <paramref name="role"/>, the test's alone (e.g. to lock out).</summary>
    public async Task<Actor> NewUserAsync(UserRole role)
    {
        await using var db = Contexts.CreateDbContext();
        var user = new User { Email = $"{Guid.NewGuid():N}@events.test", DisplayName = "Event Tester", Role = role };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return ActorOf(user);
    }

    /// <summary>Runs <paramref name="change"/> on the user's row, e.g. to lock them out.</summary>
    public async Task ChangeUserAsync(int userId, Action<User> change)
    {
        await using var db = Contexts.CreateDbContext();
        change(await db.Users.SingleAsync(u => u.Id == userId));
        await db.SaveChangesAsync();
    }

    /// <summary>Global IDs of products with at least <paramref name="stock"/> units.</summary>
    public async Task<List<string>> ProductsInStockAsync(int stock = 10)
    {
        var data = await ExecuteAsync("{ products(first: 100, where: { inStock: true }) { nodes { id stockQuantity } } }");
        return data.GetProperty("products").GetProperty("nodes").EnumerateArray()
            .Where(p => p.GetProperty("stockQuantity").GetInt32() >= stock)
            .Select(p => p.GetProperty("id").GetString()!)
            .ToList();
    }

    /// <summary>Places an order as <paramref name="customer"/>; the payload's <c>order { id total { amount } }</c> and <c>errors</c>.</summary>
    public async Task<JsonElement> PlaceOrderAsync(Actor customer, string productId, int quantity = 1)
    {
        var data = await ExecuteAsync(
            """
            mutation ($input: PlaceOrderInput!) {
              placeOrder(input: $input) { order { id total { amount currency } } errors { __typename } }
            }
            """,
            new { input = new { idempotencyKey = Guid.NewGuid().ToString(), lines = new[] { new { productId, quantity } } } },
            customer);
        return data.GetProperty("placeOrder");
    }

    /// <summary>The global ID of a new order of <paramref name="customer"/>.</summary>
    public async Task<string> NewOrderAsync(Actor customer, string productId)
    {
        var payload = await PlaceOrderAsync(customer, productId);
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("order").GetProperty("id").GetString()!;
    }

    public async Task UpdateOrderStatusAsync(Actor admin, string orderId, string status)
    {
        var data = await ExecuteAsync(
            "mutation ($input: UpdateOrderStatusInput!) { updateOrderStatus(input: $input) { errors { __typename } } }",
            new { input = new { orderId, status } },
            admin);
        Assert.Equal(0, data.GetProperty("updateOrderStatus").GetProperty("errors").GetArrayLength());
    }

    public async Task SetPriceAsync(Actor admin, string productId, decimal amount)
    {
        var data = await ExecuteAsync(
            "mutation ($input: SetProductPriceInput!) { setProductPrice(input: $input) { errors { __typename } } }",
            new { input = new { productId, price = new { amount, currency = "EUR" } } },
            admin);
        Assert.Equal(0, data.GetProperty("setProductPrice").GetProperty("errors").GetArrayLength());
    }

    /// <summary>Runs a query or mutation over HTTP, as <paramref name="actor"/> when given; its <c>data</c>, which must come without errors.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, object? variables = null, Actor? actor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (actor is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", actor.Token);
        }

        using var response = await Host.Host.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(body.TryGetProperty("errors", out var errors), $"Errors: {errors}");
        return body.GetProperty("data");
    }

    private IDbContextFactory<ShopDbContext> Contexts => Host.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>();

    private Actor ActorOf(User user)
    {
        var token = Host.Services.GetRequiredService<JwtTokenIssuer>()
            .Issue(user.Id.ToString(CultureInfo.InvariantCulture), roles: [user.Role.ToString()]);
        return new Actor(user.Id, user.Role, token.AccessToken);
    }
}
