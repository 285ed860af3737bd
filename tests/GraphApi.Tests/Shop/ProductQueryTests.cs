using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Infrastructure.KnownShop;

namespace GraphApi.Tests.Shop;

/// <summary><c>Query.product</c>, <c>Query.categories</c> and the filters and orders of <c>Query.products</c>.</summary>
public sealed class ProductQueryTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    private static string ProductId(int id) => GlobalId.Encode("Product", id);

    private static string CategoryId(int id) => GlobalId.Encode("Category", id);

    private async Task<IReadOnlyList<string?>> NamesAsync(string arguments)
    {
        var response = await shop.Host.PostAsync($$"""{ products({{arguments}}) { nodes { name } } }""");
        return response.Data().At("products", "nodes").Strings("name");
    }

    [Fact]
    public async Task A_product_reads_every_field()
    {
        var response = await shop.Host.PostAsync($$"""
            { product(id: "{{ProductId(3)}}") {
                id sku name description price { amount currency } stockQuantity inStock
                category { id name slug description } createdAt updatedAt version } }
            """);

        var product = response.Data().At("product");
        Assert.Equal(ProductId(3), product.At("id").GetString());
        Assert.Equal("SKU-3", product.At("sku").GetString());
        Assert.Equal("Chess Set", product.At("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, product.At("description").ValueKind);
        Assert.Equal("45.99", product.At("price", "amount").GetRawText());
        Assert.Equal("EUR", product.At("price", "currency").GetString());
        Assert.Equal(2, product.At("stockQuantity").GetInt32());
        Assert.True(product.At("inStock").GetBoolean());
        Assert.Equal(CategoryId(2), product.At("category", "id").GetString());
        Assert.Equal("Games", product.At("category", "name").GetString());
        Assert.Equal("games", product.At("category", "slug").GetString());
        Assert.Equal("2025-01-03T00:00:00.000Z", product.At("createdAt").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", product.At("updatedAt").GetString());
        Assert.Equal(1, product.At("version").GetInt32());
    }

    [Fact]
    public async Task A_product_that_does_not_exist_is_null()
    {
        var response = await shop.Host.PostAsync($$"""{ product(id: "{{ProductId(999)}}") { name } }""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data().At("product").ValueKind);
    }

    [Theory]
    [InlineData("not an id", "Argument \"id\" is not an ID of this API: \"not an id\".")]
    [InlineData("Q2F0ZWdvcnk6MQ==", "Argument \"id\" must be the ID of a Product, but \"Q2F0ZWdvcnk6MQ==\" is the ID of a Category.")]
    public async Task A_product_id_that_is_not_one_is_a_bad_user_input_error(string id, string message)
    {
        var response = await shop.Host.PostAsync($$"""{ product(id: "{{id}}") { name } }""");

        Assert.Equal((message, "BAD_USER_INPUT"), response.SingleError());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Json.At("data", "product").ValueKind);
    }

    [Fact]
    public async Task Categories_are_listed_by_name()
    {
        var response = await shop.Host.PostAsync("{ categories { id name slug description } }");

        var categories = response.Data().At("categories");
        Assert.Equal(new[] { "Books", "Games", "Tools" }, categories.Strings("name"));
        Assert.Equal(new[] { "books", "games", "tools" }, categories.Strings("slug"));
        Assert.Equal(new[] { "Things to read", null, null }, categories.Strings("description"));
        Assert.Equal(CategoryId(1), categories.At(0, "id").GetString());
    }

    [Theory]
    [InlineData("first: 10", new[] { 6, 1, 2, 3, 4, 5, 7 })]
    [InlineData("order: { field: NAME }", new[] { 6, 1, 2, 3, 4, 5, 7 })]
    [InlineData("order: { field: NAME, direction: DESC }", new[] { 7, 5, 4, 3, 2, 1, 6 })]
    [InlineData("order: { field: PRICE }", new[] { 6, 1, 7, 4, 2, 3, 5 })]
    [InlineData("order: { field: PRICE, direction: DESC }", new[] { 5, 3, 2, 4, 7, 1, 6 })]
    [InlineData("order: { field: CREATED_AT }", new[] { 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("order: { field: CREATED_AT, direction: DESC }", new[] { 7, 6, 5, 4, 3, 2, 1 })]
    public async Task Products_are_ordered_by_the_chosen_field_then_by_id(string order, int[] ids)
    {
        var names = await NamesAsync(order);

        Assert.Equal(ids.Select(id => ProductNames[id]), names);
    }

    [Theory]
    [InlineData("""nameContains: "atlas" """, new[] { 1, 7 })]
    [InlineData("""nameContains: "CHESS" """, new[] { 3 })]
    [InlineData("""nameContains: "%" """, new[] { 6 })]
    [InlineData("""nameContains: "_" """, new int[0])]
    [InlineData("""nameContains: "" """, new[] { 6, 1, 2, 3, 4, 5, 7 })]
    [InlineData("minPrice: 12.5, maxPrice: 30", new[] { 1, 2, 4, 7 })]
    [InlineData("minPrice: 12.501", new[] { 2, 3, 4, 5 })]
    [InlineData("maxPrice: 12.499", new[] { 6 })]
    [InlineData("inStock: true", new[] { 6, 1, 3, 5, 7 })]
    [InlineData("inStock: false", new[] { 2, 4 })]
    [InlineData("inStock: true, minPrice: 12.5, maxPrice: 50", new[] { 1, 3, 7 })]
    public async Task Products_are_filtered_by_every_condition_given(string filter, int[] ids)
    {
        var names = await NamesAsync("where: { " + filter + " }");

        Assert.Equal(ids.Select(id => ProductNames[id]).Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Products_are_filtered_by_category()
    {
        var games = await NamesAsync($$"""where: { categoryId: "{{CategoryId(2)}}" }""");
        var booksInStock = await NamesAsync($$"""where: { categoryId: "{{CategoryId(1)}}", inStock: true }""");
        var tools = await NamesAsync($$"""where: { categoryId: "{{CategoryId(3)}}" }""");

        Assert.Equal(new[] { "50% Off Puzzle", "Board Game", "Chess Set" }, games);
        Assert.Equal(new[] { "Atlas", "Encyclopedia", "atlas of stars" }, booksInStock);
        Assert.Empty(tools);
    }

    [Fact]
    public async Task A_category_filter_with_another_type_of_id_is_a_bad_user_input_error()
    {
        var response = await shop.Host.PostAsync($$"""{ products(where: { categoryId: "{{ProductId(1)}}" }) { totalCount } }""");

        Assert.Equal(
            ($"Argument \"where.categoryId\" must be the ID of a Category, but \"{ProductId(1)}\" is the ID of a Product.", "BAD_USER_INPUT"),
            response.SingleError());
    }

    [Fact]
    public async Task The_total_count_is_of_the_filtered_list_across_pages()
    {
        var response = await shop.Host.PostAsync("""{ all: products(first: 2) { totalCount } inStock: products(first: 1, where: { inStock: true }) { totalCount } }""");

        Assert.Equal(7, response.Data().At("all", "totalCount").GetInt32());
        Assert.Equal(5, response.Data().At("inStock", "totalCount").GetInt32());
    }
}
