using System.Text.Json;
using GraphApi.Features.Users;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Mutations.MutationResponse;
using static GraphApi.Tests.Shop.Mutations.PlaceOrderTests;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>
/// Many <c>placeOrder</c> requests at once, over real HTTP (Kestrel at 127.0.0.1) against the SQLite file: the stock
/// check and the decrement are one step, so the last units are sold exactly once.
/// </summary>
public sealed class StockRaceTests(MutationShopOnKestrel host) : IClassFixture<MutationShopOnKestrel>
{
    [Theory]
    [InlineData(5, 1, 24)]
    [InlineData(10, 3, 12)]
    public async Task Concurrent_orders_for_the_last_units_never_oversell(int stock, int quantity, int buyers)
    {
        var product = await host.Data.AddProductAsync(stock);
        var customers = new List<TestUser>();
        for (var i = 0; i < buyers; i++)
        {
            customers.Add(await host.Data.AddUserAsync());
        }

        var responses = await AllAtOnceAsync(customers.Select(customer =>
            (customer, Input(NewKey(), (ShopIds.Of(product), quantity)))));

        var sold = stock / quantity;
        var payloads = responses.Select(r => Payload(r, "placeOrder")).ToList();
        Assert.Equal(sold, payloads.Count(p => p.GetProperty("order").ValueKind == JsonValueKind.Object));
        var refused = payloads.Where(p => p.GetProperty("order").ValueKind == JsonValueKind.Null)
            .Select(p => Assert.Single(p.GetProperty("errors").EnumerateArray()))
            .ToList();
        Assert.Equal(buyers - sold, refused.Count);
        Assert.All(refused, e => Assert.Equal("InsufficientStockError", e.String("__typename")));
        Assert.All(refused, e => Assert.Equal(stock % quantity, e.Int("available")));
        Assert.Equal(stock % quantity, await host.Data.StockOfAsync(product));
        var orders = (await Task.WhenAll(customers.Select(host.Data.OrdersOfAsync))).SelectMany(o => o).ToList();
        Assert.Equal(sold, orders.Count);
        Assert.Equal(sold * quantity, orders.SelectMany(o => o.Lines).Sum(l => l.Quantity));
    }

    [Fact]
    public async Task Concurrent_copies_of_one_request_place_one_order()
    {
        var customer = await host.Data.AddUserAsync();
        var product = await host.Data.AddProductAsync(stock: 100);
        var input = Input(NewKey(), (ShopIds.Of(product), 2));

        var responses = await AllAtOnceAsync(Enumerable.Repeat((customer, input), 10));

        var ids = responses.Select(r => Succeeded(r, "placeOrder").GetProperty("order").String("id")).Distinct();
        Assert.Single(ids);
        Assert.Single(await host.Data.OrdersOfAsync(customer));
        Assert.Equal(98, await host.Data.StockOfAsync(product));
    }

    /// <summary>Sends every request from its own client, released together so that they reach the server at once.</summary>
    private async Task<JsonElement[]> AllAtOnceAsync(IEnumerable<(TestUser User, object Variables)> requests)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = requests.Select(async request =>
        {
            await start.Task;
            return await host.PostAsync(request.User, PlaceOrder, request.Variables);
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(sending);
    }
}
