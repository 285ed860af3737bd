using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using static GraphApi.Tests.Shop.Mutations.MutationResponse;
using static GraphApi.Tests.Shop.Mutations.ProductDocuments;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary><c>createProduct</c>: a new product of the catalogue, with its fields checked and normalized.</summary>
public sealed class CreateProductTests(MutationShop host) : IClassFixture<MutationShop>
{
    [Fact]
    public async Task An_admin_creates_a_product()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var category = await host.Data.AddCategoryAsync();
        var input = new
        {
            sku = " grn-tea-1 ",
            name = "  Green tea ",
            description = "   ",
            price = Eur(12.5m),
            stockQuantity = 7,
            categoryId = ShopIds.Of(category),
        };

        var product = Succeeded(await host.PostAsync(admin, CreateProduct, new { input }), "createProduct").GetProperty("product");

        Assert.Equal("GRN-TEA-1", product.String("sku"));
        Assert.Equal("Green tea", product.String("name"));
        Assert.Equal(JsonValueKind.Null, product.GetProperty("description").ValueKind);
        Assert.Equal(12.5m, product.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal(7, product.Int("stockQuantity"));
        Assert.Equal(ShopIds.Of(category), product.GetProperty("category").String("id"));
        Assert.Equal(1, product.Int("version"));
        Assert.True(GlobalId.TryDecode(product.String("id"), out _, out var id));
        var stored = await host.Data.ProductAsync(id);
        Assert.Equal((1_250L, "EUR", 7, category.Id), (stored.PriceMinor, stored.Currency, stored.StockQuantity, stored.CategoryId));
    }

    [Fact]
    public async Task The_stock_of_a_new_product_defaults_to_zero()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var category = await host.Data.AddCategoryAsync();

        var response = await host.PostAsync(admin, CreateProduct, new { input = NewProduct(category, "DEF-1") });

        Assert.Equal(0, Succeeded(response, "createProduct").GetProperty("product").Int("stockQuantity"));
    }

    [Fact]
    public async Task An_unknown_category_is_a_CategoryNotFoundError_and_changes_nothing()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var missing = new Category { Id = 424_242, Name = "x", Slug = "x" };
        var before = host.Fingerprint();

        var response = await host.PostAsync(admin, CreateProduct, new { input = NewProduct(missing, "CAT-1") });

        var error = SingleTypedError(response, "createProduct", "product", "CategoryNotFoundError");
        Assert.Equal(ShopIds.Of(missing), error.String("categoryId"));
        Assert.Equal($"There is no category \"{ShopIds.Of(missing)}\".", error.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    public static TheoryData<string, string, object?, string> InvalidFields => new()
    {
        { "a SKU with a space", "sku", "TEA 1", "sku" },
        { "an empty SKU", "sku", " ", "sku" },
        { "too long a SKU", "sku", new string('A', 33), "sku" },
        { "a blank name", "name", "  ", "name" },
        { "too long a name", "name", new string('n', 201), "name" },
        { "too long a description", "description", new string('d', 4001), "description" },
        { "a negative price", "price", Eur(-0.01m), "price.amount" },
        { "too many decimals", "price", Eur(1.999m), "price.amount" },
        { "decimals in a currency without minor units", "price", new { amount = 100.5m, currency = "JPY" }, "price.amount" },
        { "too high a price", "price", Eur(10_000_000.01m), "price.amount" },
        { "a lower-case currency", "price", new { amount = 1m, currency = "eur" }, "price.currency" },
        { "a four-letter currency", "price", new { amount = 1m, currency = "EURO" }, "price.currency" },
        { "a negative stock", "stockQuantity", -1, "stockQuantity" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_is_a_ValidationError_naming_it_and_changes_nothing(string kind, string field, object? value, string path)
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var category = await host.Data.AddCategoryAsync();
        var input = JsonSerializer.SerializeToNode(NewProduct(category, "VAL-1"))!;
        input[field] = JsonSerializer.SerializeToNode(value);
        var before = host.Fingerprint();

        var response = await host.PostAsync(admin, CreateProduct, new { input });

        var error = SingleTypedError(response, "createProduct", "product", "ValidationError");
        Assert.True(path == error.String("field"), $"{kind}: {error}");
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task The_validation_messages_say_what_is_wrong()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var category = await host.Data.AddCategoryAsync();
        var input = new { sku = "TEA 1", name = "", price = Eur(1.999m), stockQuantity = -1, categoryId = ShopIds.Of(category) };

        var response = await host.PostAsync(admin, CreateProduct, new { input });

        Assert.Equal(
            [
                "A SKU is 1 to 32 letters, digits and dashes, not \"TEA 1\".",
                "A product name is 1 to 200 characters, not 0.",
                "EUR amounts have at most 2 decimals, unlike 1.999.",
                "The stock cannot be negative, not -1.",
            ],
            TypedErrors(response, "createProduct", "product").Select(e => e.String("message")));
    }

    [Fact]
    public async Task A_SKU_in_use_in_any_case_is_a_ValidationError()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var existing = await host.Data.AddProductAsync(stock: 1);
        var category = await host.Data.AddCategoryAsync();
        var before = host.Fingerprint();

        var response = await host.PostAsync(admin, CreateProduct, new { input = NewProduct(category, existing.Sku.ToLowerInvariant()) });

        var error = SingleTypedError(response, "createProduct", "product", "ValidationError");
        Assert.Equal("sku", error.String("field"));
        Assert.Equal($"The SKU \"{existing.Sku}\" is already used by product \"{ShopIds.Of(existing)}\".", error.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task A_malformed_category_id_is_a_BAD_USER_INPUT_error_and_changes_nothing()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var product = await host.Data.AddProductAsync(stock: 1);
        var before = host.Fingerprint();

        var input = new { sku = "BAD-1", name = "Tea", price = Eur(1m), categoryId = ShopIds.Of(product) };
        var response = await host.PostAsync(admin, CreateProduct, new { input });

        Assert.Contains("input.categoryId", RefusedWith(response, "createProduct", "BAD_USER_INPUT").String("message"));
        Assert.Equal(before, host.Fingerprint());
    }
}
