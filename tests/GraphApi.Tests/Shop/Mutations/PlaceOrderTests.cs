using System.Net;
using System.Text.Json;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using static GraphApi.Tests.Shop.Mutations.MutationResponse;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary><c>placeOrder</c>: stock taken and the order recorded at current prices, all or nothing; idempotent retries.</summary>
public sealed class PlaceOrderTests(MutationShop host) : IClassFixture<MutationShop>
{
    public const string PlaceOrder = """
        mutation Place($input: PlaceOrderInput!) {
          placeOrder(input: $input) {
            order {
              id status
              total { amount currency }
              customer { id }
              lines { product { id } quantity unitPrice { amount currency } lineTotal { amount } }
            }
            errors {
              __typename
              ... on Error { message }
              ... on ValidationError { field }
              ... on ProductNotFoundError { productId }
              ... on InsufficientStockError { product { id stockQuantity } requested available }
              ... on IdempotencyKeyReusedError { idempotencyKey order { id } }
            }
          }
        }
        """;

    public static object Input(string key, params (string ProductId, int Quantity)[] lines) => new
    {
        input = new { idempotencyKey = key, lines = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }).ToArray() },
    };

    public static string NewKey() => Guid.NewGuid().ToString();

    [Fact]
    public async Task Takes_the_units_from_stock_and_records_the_order_at_the_current_prices()
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 10, priceMinor: 1_299);
        var cup = await host.Data.AddProductAsync(stock: 3, priceMinor: 450);
        var key = NewKey();

        var response = await host.PostAsync(customer, PlaceOrder, Input(key, (ShopIds.Of(tea), 2), (ShopIds.Of(cup), 3)));

        var order = Succeeded(response, "placeOrder").GetProperty("order");
        Assert.Equal("PENDING", order.String("status"));
        Assert.Equal(39.48m, order.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", order.GetProperty("total").String("currency"));
        Assert.Equal(ShopIds.Of(customer), order.GetProperty("customer").String("id"));
        var lines = order.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(2, lines.Count);
        var teaLine = lines.Single(l => l.GetProperty("product").String("id") == ShopIds.Of(tea));
        Assert.Equal(2, teaLine.Int("quantity"));
        Assert.Equal(12.99m, teaLine.GetProperty("unitPrice").GetProperty("amount").GetDecimal());
        Assert.Equal(25.98m, teaLine.GetProperty("lineTotal").GetProperty("amount").GetDecimal());

        Assert.Equal(8, await host.Data.StockOfAsync(tea));
        Assert.Equal(0, await host.Data.StockOfAsync(cup));
        var stored = await host.Data.OrderAsync(ShopIds.OrderId(order.String("id")));
        Assert.Equal(customer.Id, stored.CustomerId);
        Assert.Equal(key, stored.IdempotencyKey);
        Assert.Equal(3_948, stored.TotalMinor);
        Assert.Equal(OrderStatus.Pending, Assert.Single(stored.StatusHistory).Status);
        Assert.Equal([(tea.Id, 2, 1_299L), (cup.Id, 3, 450L)], stored.Lines.OrderBy(l => l.ProductId).Select(l => (l.ProductId, l.Quantity, l.UnitPriceMinor)));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_same_order_and_changes_nothing()
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 10);
        var input = Input(NewKey(), (ShopIds.Of(tea), 4));
        var first = Succeeded(await host.PostAsync(customer, PlaceOrder, input), "placeOrder");
        var before = host.Fingerprint();

        var retry = Succeeded(await host.PostAsync(customer, PlaceOrder, input), "placeOrder");

        Assert.Equal(first.GetProperty("order").String("id"), retry.GetProperty("order").String("id"));
        Assert.Equal(before, host.Fingerprint());
        Assert.Equal(6, await host.Data.StockOfAsync(tea));
        Assert.Single(await host.Data.OrdersOfAsync(customer));
    }

    [Fact]
    public async Task Keys_are_per_customer()
    {
        var (ann, bob) = (await host.Data.AddUserAsync(), await host.Data.AddUserAsync());
        var tea = await host.Data.AddProductAsync(stock: 10);
        var input = Input("shared-key", (ShopIds.Of(tea), 1));

        var annOrder = Succeeded(await host.PostAsync(ann, PlaceOrder, input), "placeOrder").GetProperty("order");
        var bobOrder = Succeeded(await host.PostAsync(bob, PlaceOrder, input), "placeOrder").GetProperty("order");

        Assert.NotEqual(annOrder.String("id"), bobOrder.String("id"));
        Assert.Equal(ShopIds.Of(bob), bobOrder.GetProperty("customer").String("id"));
        Assert.Equal(8, await host.Data.StockOfAsync(tea));
    }

    [Fact]
    public async Task Reusing_a_key_for_other_lines_is_an_IdempotencyKeyReusedError_and_changes_nothing()
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 10);
        var key = NewKey();
        var placed = Succeeded(await host.PostAsync(customer, PlaceOrder, Input(key, (ShopIds.Of(tea), 1))), "placeOrder");
        var before = host.Fingerprint();

        var response = await host.PostAsync(customer, PlaceOrder, Input(key, (ShopIds.Of(tea), 2)));

        var error = SingleTypedError(response, "placeOrder", "order", "IdempotencyKeyReusedError");
        Assert.Equal(key, error.String("idempotencyKey"));
        Assert.Equal(placed.GetProperty("order").String("id"), error.GetProperty("order").String("id"));
        Assert.Contains(key, error.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Too_little_stock_is_an_InsufficientStockError_per_short_product_and_takes_nothing()
    {
        var customer = await host.Data.AddUserAsync();
        var plenty = await host.Data.AddProductAsync(stock: 10);
        var few = await host.Data.AddProductAsync(stock: 2);
        var none = await host.Data.AddProductAsync(stock: 0);
        var before = host.Fingerprint();

        var response = await host.PostAsync(
            customer, PlaceOrder, Input(NewKey(), (ShopIds.Of(plenty), 5), (ShopIds.Of(few), 3), (ShopIds.Of(none), 1)));

        var errors = TypedErrors(response, "placeOrder", "order");
        Assert.All(errors, e => Assert.Equal("InsufficientStockError", e.String("__typename")));
        Assert.Equal(
            [(ShopIds.Of(few), 3, 2), (ShopIds.Of(none), 1, 0)],
            errors.Select(e => (e.GetProperty("product").String("id"), e.Int("requested"), e.Int("available"))));
        Assert.Equal($"Only 2 of product \"{few.Name}\" in stock, 3 requested.", errors[0].String("message"));
        Assert.Equal(2, errors[0].GetProperty("product").Int("stockQuantity"));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task A_failed_request_does_not_use_up_its_key()
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 1);
        var input = Input(NewKey(), (ShopIds.Of(tea), 2));
        SingleTypedError(await host.PostAsync(customer, PlaceOrder, input), "placeOrder", "order", "InsufficientStockError");

        await host.Data.SetStockAsync(tea, 5);

        Succeeded(await host.PostAsync(customer, PlaceOrder, input), "placeOrder");
        Assert.Equal(3, await host.Data.StockOfAsync(tea));
    }

    [Fact]
    public async Task An_unknown_product_is_a_ProductNotFoundError_and_changes_nothing()
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 10);
        var missing = new Product { Id = tea.Id + 1000, Sku = "X", Name = "X", Currency = "EUR" };
        var before = host.Fingerprint();

        var response = await host.PostAsync(customer, PlaceOrder, Input(NewKey(), (ShopIds.Of(tea), 1), (ShopIds.Of(missing), 1)));

        var error = SingleTypedError(response, "placeOrder", "order", "ProductNotFoundError");
        Assert.Equal(ShopIds.Of(missing), error.String("productId"));
        Assert.Equal($"There is no product \"{ShopIds.Of(missing)}\".", error.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    public static TheoryData<string, object, string[]> InvalidInputs => new()
    {
        { "no lines", new { idempotencyKey = "k1", lines = Array.Empty<object>() }, ["lines"] },
        { "zero quantity", new { idempotencyKey = "k2", lines = new[] { Line(0, 0) } }, ["lines[0].quantity"] },
        { "negative quantity", new { idempotencyKey = "k3", lines = new[] { Line(0, 1), Line(1, -2) } }, ["lines[1].quantity"] },
        { "too large a quantity", new { idempotencyKey = "k4", lines = new[] { Line(0, 1_000_001) } }, ["lines[0].quantity"] },
        { "too many lines", new { idempotencyKey = "k5", lines = Enumerable.Range(0, 51).Select(i => Line(i % 2, 0)).ToArray() }, ["lines"] },
        { "a product twice", new { idempotencyKey = "k6", lines = new[] { Line(0, 1), Line(1, 1), Line(0, 2) } }, ["lines[2].productId"] },
        { "an empty key", new { idempotencyKey = "", lines = new[] { Line(0, 1) } }, ["idempotencyKey"] },
        { "a key with a space", new { idempotencyKey = "my key", lines = new[] { Line(0, 1) } }, ["idempotencyKey"] },
        { "a key with non-ASCII letters", new { idempotencyKey = "clé", lines = new[] { Line(0, 1) } }, ["idempotencyKey"] },
        { "too long a key", new { idempotencyKey = new string('k', 65), lines = new[] { Line(0, 1) } }, ["idempotencyKey"] },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Invalid_input_is_a_ValidationError_naming_the_field_and_changes_nothing(string kind, object input, string[] fields)
    {
        var customer = await host.Data.AddUserAsync();
        var products = new[] { await host.Data.AddProductAsync(stock: 10), await host.Data.AddProductAsync(stock: 10) };
        var before = host.Fingerprint();

        var response = await host.PostAsync(customer, PlaceOrder, new { input = WithProductIds(input, products) });

        var errors = TypedErrors(response, "placeOrder", "order");
        Assert.All(errors, e => Assert.Equal("ValidationError", e.String("__typename")));
        Assert.True(fields.SequenceEqual(errors.Select(e => e.String("field"))), $"{kind}: {string.Join(", ", errors.Select(e => e.String("field")))}");
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.String("message"))));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task The_validation_messages_say_what_is_wrong()
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 10);

        var response = await host.PostAsync(customer, PlaceOrder, Input("", (ShopIds.Of(tea), 0)));

        Assert.Equal(
            [
                "The idempotency key must be 1 to 64 printable ASCII characters without spaces (a UUID will do).",
                "The quantity must be between 1 and 1000000, not 0.",
            ],
            TypedErrors(response, "placeOrder", "order").Select(e => e.String("message")));
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("Q2F0ZWdvcnk6MQ==")] // Category:1
    public async Task A_malformed_product_id_is_a_BAD_USER_INPUT_error_and_changes_nothing(string productId)
    {
        var customer = await host.Data.AddUserAsync();
        var tea = await host.Data.AddProductAsync(stock: 10);
        var before = host.Fingerprint();

        var response = await host.PostAsync(customer, PlaceOrder, Input(NewKey(), (ShopIds.Of(tea), 1), (productId, 1)));

        var message = RefusedWith(response, "placeOrder", "BAD_USER_INPUT").String("message");
        Assert.Contains("input.lines[1].productId", message);
        Assert.Contains(productId, message);
        Assert.Equal(before, host.Fingerprint());
    }

    [Theory]
    [InlineData("""{ "lines": [] }""")]
    [InlineData("""{ "idempotencyKey": "k", "lines": [{ "productId": "UHJvZHVjdDox", "quantity": 3000000000 }] }""")]
    [InlineData("""{ "idempotencyKey": "k", "lines": [{ "productId": "UHJvZHVjdDox", "quantity": "two" }] }""")]
    [InlineData("""{ "idempotencyKey": "k", "lines": [null] }""")]
    public async Task Input_the_schema_rejects_is_a_request_error_and_changes_nothing(string input)
    {
        var customer = await host.Data.AddUserAsync();
        var before = host.Fingerprint();

        var response = await host.Host.PostAsync(PlaceOrder, customer, new { input = JsonDocument.Parse(input).RootElement });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.NotEmpty(response.ErrorMessages);
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task An_anonymous_request_is_UNAUTHENTICATED_and_changes_nothing()
    {
        var tea = await host.Data.AddProductAsync(stock: 10);
        var before = host.Fingerprint();

        var response = await host.PostAsync(null, PlaceOrder, Input(NewKey(), (ShopIds.Of(tea), 1)));

        RefusedWith(response, "placeOrder", "UNAUTHENTICATED");
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Admins_and_partners_order_for_themselves_too()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var partner = await host.Data.AddUserAsync(UserRole.Partner);
        var tea = await host.Data.AddProductAsync(stock: 10);

        foreach (var user in new[] { admin, partner })
        {
            var order = Succeeded(await host.PostAsync(user, PlaceOrder, Input(NewKey(), (ShopIds.Of(tea), 1))), "placeOrder").GetProperty("order");
            Assert.Equal(ShopIds.Of(user), order.GetProperty("customer").String("id"));
        }
    }

    private static object Line(int product, int quantity) => new { product, quantity };

    /// <summary>The input with each line's product index replaced by the global ID of that product.</summary>
    private static JsonElement WithProductIds(object input, Product[] products)
    {
        var json = JsonSerializer.SerializeToNode(input)!;
        foreach (var line in json["lines"]!.AsArray())
        {
            var index = line!["product"]!.GetValue<int>();
            line.AsObject().Remove("product");
            line["productId"] = ShopIds.Of(products[index]);
        }

        return JsonSerializer.SerializeToElement(json);
    }
}
