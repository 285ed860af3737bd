using System.Text.Json;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Mutations.MutationResponse;
using static GraphApi.Tests.Shop.Mutations.ProductDocuments;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary><c>updateProduct</c>, <c>setProductPrice</c> and <c>adjustStock</c>: admins' changes to a product, with versions checked.</summary>
public sealed class ProductChangeTests(MutationShop host) : IClassFixture<MutationShop>
{
    private static readonly Product MissingProduct = new() { Id = 777_777, Sku = "X", Name = "X", Currency = "EUR" };

    [Fact]
    public async Task Updating_changes_only_the_fields_given()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 5);
        var category = await host.Data.AddCategoryAsync();
        var id = ShopIds.Of(product);

        var renamed = Changed(await UpdateAsync(admin, new { productId = id, name = "Renamed", description = "Strong." }), "updateProduct");
        var moved = Changed(await UpdateAsync(admin, new { productId = id, categoryId = ShopIds.Of(category), sku = "moved-1" }), "updateProduct");
        var cleared = Changed(await UpdateAsync(admin, new { productId = id, description = (string?)null }), "updateProduct");

        Assert.Equal(("Renamed", "Strong.", product.Sku, 2), (renamed.String("name"), renamed.String("description"), renamed.String("sku"), renamed.Int("version")));
        Assert.Equal(("Renamed", "Strong.", "MOVED-1", 3), (moved.String("name"), moved.String("description"), moved.String("sku"), moved.Int("version")));
        Assert.Equal(ShopIds.Of(category), moved.GetProperty("category").String("id"));
        Assert.Equal((JsonValueKind.Null, 4), (cleared.GetProperty("description").ValueKind, cleared.Int("version")));
        var stored = await host.Data.ProductAsync(product.Id);
        Assert.Equal(("Renamed", null, "MOVED-1", category.Id), (stored.Name, stored.Description, stored.Sku, stored.CategoryId));
        Assert.Equal((5, product.PriceMinor), (stored.StockQuantity, stored.PriceMinor));
    }

    [Fact]
    public async Task A_change_for_the_current_version_applies()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 5);

        var renamed = Changed(await UpdateAsync(admin, new { productId = ShopIds.Of(product), expectedVersion = 1, name = "Checked" }), "updateProduct");
        var repriced = Changed(await SetPriceAsync(admin, new { productId = ShopIds.Of(product), expectedVersion = 2, price = Eur(2m) }), "setProductPrice");

        Assert.Equal((2, 3), (renamed.Int("version"), repriced.Int("version")));
    }

    [Fact]
    public async Task A_change_for_a_stale_version_is_a_ConcurrencyConflictError_and_changes_nothing()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var customer = await host.Data.AddUserAsync();
        var product = await host.Data.AddProductAsync(stock: 5);
        // The client read version 1; then a customer's order took units, which is a change like any other.
        var order = PlaceOrderTests.Input(PlaceOrderTests.NewKey(), (ShopIds.Of(product), 1));
        Succeeded(await host.PostAsync(customer, PlaceOrderTests.PlaceOrder, order), "placeOrder");
        var before = host.Fingerprint();

        var rename = await UpdateAsync(admin, new { productId = ShopIds.Of(product), expectedVersion = 1, name = "Stale" });
        var reprice = await SetPriceAsync(admin, new { productId = ShopIds.Of(product), expectedVersion = 1, price = Eur(1m) });

        foreach (var (response, field) in new[] { (rename, "updateProduct"), (reprice, "setProductPrice") })
        {
            var error = SingleTypedError(response, field, "product", "ConcurrencyConflictError");
            Assert.Equal((1, 2), (error.Int("expectedVersion"), error.Int("actualVersion")));
            Assert.Equal(
                $"Product \"{ShopIds.Of(product)}\" is at version 2, not 1: it changed since it was read. Read it again and retry.",
                error.String("message"));
        }

        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Unknown_products_and_categories_are_typed_errors_and_change_nothing()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 5);
        var missingCategory = new Category { Id = 777_777, Name = "x", Slug = "x" };
        var missing = ShopIds.Of(MissingProduct);
        var before = host.Fingerprint();

        var update = await UpdateAsync(admin, new { productId = missing, name = "x" });
        var move = await UpdateAsync(admin, new { productId = ShopIds.Of(product), categoryId = ShopIds.Of(missingCategory) });
        var price = await SetPriceAsync(admin, new { productId = missing, price = Eur(1m) });
        var stock = await AdjustAsync(admin, MissingProduct, 1);

        Assert.Equal(missing, SingleTypedError(update, "updateProduct", "product", "ProductNotFoundError").String("productId"));
        Assert.Equal(ShopIds.Of(missingCategory), SingleTypedError(move, "updateProduct", "product", "CategoryNotFoundError").String("categoryId"));
        Assert.Equal(missing, SingleTypedError(price, "setProductPrice", "product", "ProductNotFoundError").String("productId"));
        var notFound = SingleTypedError(stock, "adjustStock", "product", "ProductNotFoundError");
        Assert.Equal(missing, notFound.String("productId"));
        Assert.Equal($"There is no product \"{missing}\".", notFound.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Invalid_changes_are_ValidationErrors_and_change_nothing()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 5);
        var other = await host.Data.AddProductAsync(stock: 5);
        var id = ShopIds.Of(product);
        var before = host.Fingerprint();

        var responses = new[]
        {
            (await UpdateAsync(admin, new { productId = id, name = "" }), "updateProduct", "name"),
            (await UpdateAsync(admin, new { productId = id, sku = other.Sku }), "updateProduct", "sku"),
            (await SetPriceAsync(admin, new { productId = id, price = Eur(1.001m) }), "setProductPrice", "price.amount"),
            (await AdjustAsync(admin, product, 0), "adjustStock", "delta"),
            (await AdjustAsync(admin, product, int.MaxValue), "adjustStock", "delta"),
            (await AdjustAsync(admin, product, int.MinValue), "adjustStock", "delta"),
        };

        foreach (var (response, field, path) in responses)
        {
            Assert.Equal(path, SingleTypedError(response, field, "product", "ValidationError").String("field"));
        }

        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task A_new_price_applies_to_new_orders_only()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var customer = await host.Data.AddUserAsync();
        var product = await host.Data.AddProductAsync(stock: 5, priceMinor: 1_000);
        var order = PlaceOrderTests.Input(PlaceOrderTests.NewKey(), (ShopIds.Of(product), 1));
        var placed = Succeeded(await host.PostAsync(customer, PlaceOrderTests.PlaceOrder, order), "placeOrder");

        var changed = Changed(await SetPriceAsync(admin, new { productId = ShopIds.Of(product), price = Eur(15.25m) }), "setProductPrice");

        Assert.Equal(15.25m, changed.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(3, changed.Int("version"));
        Assert.Equal(1_525, (await host.Data.ProductAsync(product.Id)).PriceMinor);
        var stored = await host.Data.OrderAsync(ShopIds.OrderId(placed.GetProperty("order").String("id")));
        Assert.Equal(1_000, Assert.Single(stored.Lines).UnitPriceMinor);
    }

    [Fact]
    public async Task Adjusting_stock_adds_and_takes_units()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 5);

        var added = Changed(await AdjustAsync(admin, product, 10), "adjustStock");
        var taken = Changed(await AdjustAsync(admin, product, -15), "adjustStock");

        Assert.Equal((15, 2), (added.Int("stockQuantity"), added.Int("version")));
        Assert.Equal((0, 3), (taken.Int("stockQuantity"), taken.Int("version")));
    }

    [Fact]
    public async Task Taking_more_than_there_is_is_an_InsufficientStockError_and_changes_nothing()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 5);
        var before = host.Fingerprint();

        var error = SingleTypedError(await AdjustAsync(admin, product, -6), "adjustStock", "product", "InsufficientStockError");

        Assert.Equal((ShopIds.Of(product), 6, 5), (error.GetProperty("product").String("id"), error.Int("requested"), error.Int("available")));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Each_mutation_of_a_request_shows_its_rows_as_it_left_them()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 10);

        var response = await host.PostAsync(admin, """
            mutation ($id: ID!) {
              add: adjustStock(input: { productId: $id, delta: 5 }) { product { stockQuantity version } }
              take: adjustStock(input: { productId: $id, delta: -3 }) { product { stockQuantity version } }
            }
            """, new { id = ShopIds.Of(product) });

        var added = Payload(response, "add").GetProperty("product");
        var taken = Payload(response, "take").GetProperty("product");
        Assert.Equal((15, 2), (added.Int("stockQuantity"), added.Int("version")));
        Assert.Equal((12, 3), (taken.Int("stockQuantity"), taken.Int("version")));
    }

    public static TheoryData<string> AdminMutations => ["createProduct", "updateProduct", "setProductPrice", "adjustStock"];

    [Theory]
    [MemberData(nameof(AdminMutations))]
    public async Task Catalogue_changes_are_for_admins_only(string mutation)
    {
        var product = await host.Data.AddProductAsync(stock: 5);
        var category = await host.Data.AddCategoryAsync();
        var (document, input) = mutation switch
        {
            "createProduct" => (CreateProduct, NewProduct(category, "AUTH-1")),
            "updateProduct" => (UpdateProduct, new { productId = ShopIds.Of(product), name = "x" }),
            "setProductPrice" => (SetProductPrice, new { productId = ShopIds.Of(product), price = Eur(1m) }),
            _ => (AdjustStock, (object)new { productId = ShopIds.Of(product), delta = 1 }),
        };
        var customer = await host.Data.AddUserAsync(UserRole.Customer);
        var partner = await host.Data.AddUserAsync(UserRole.Partner);
        var before = host.Fingerprint();

        var anonymous = RefusedWith(await host.PostAsync(null, document, new { input }), mutation, "UNAUTHENTICATED");
        Assert.Equal($"Authentication is required to access field \"Mutation.{mutation}\".", anonymous.String("message"));
        foreach (var user in new[] { customer, partner })
        {
            var refused = RefusedWith(await host.PostAsync(user, document, new { input }), mutation, "AUTH_NOT_AUTHORIZED");
            Assert.Equal($"The current user is not authorized to access field \"Mutation.{mutation}\".", refused.String("message"));
        }

        Assert.Equal(before, host.Fingerprint());
    }

    private static JsonElement Changed(JsonElement response, string field) => Succeeded(response, field).GetProperty("product");

    private Task<JsonElement> UpdateAsync(TestUser user, object input) => host.PostAsync(user, UpdateProduct, new { input });

    private Task<JsonElement> SetPriceAsync(TestUser user, object input) => host.PostAsync(user, SetProductPrice, new { input });

    private Task<JsonElement> AdjustAsync(TestUser user, Product product, int delta) =>
        host.PostAsync(user, AdjustStock, new { input = new { productId = ShopIds.Of(product), delta } });
}
