using GraphApi.Features.Products;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>The product mutations as the tests send them, selecting the product and every field of every error.</summary>
public static class ProductDocuments
{
    public const string CreateProduct = $$"""
        mutation ($input: CreateProductInput!) {
          createProduct(input: $input) { {{ProductFields}} errors { {{AnyError}} {{CategoryNotFound}} } }
        }
        """;

    public const string UpdateProduct = $$"""
        mutation ($input: UpdateProductInput!) {
          updateProduct(input: $input) { {{ProductFields}} errors { {{AnyError}} {{ProductNotFound}} {{CategoryNotFound}} {{Conflict}} } }
        }
        """;

    public const string SetProductPrice = $$"""
        mutation ($input: SetProductPriceInput!) {
          setProductPrice(input: $input) { {{ProductFields}} errors { {{AnyError}} {{ProductNotFound}} {{Conflict}} } }
        }
        """;

    public const string AdjustStock = $$"""
        mutation ($input: AdjustStockInput!) {
          adjustStock(input: $input) { {{ProductFields}} errors { {{AnyError}} {{ProductNotFound}} {{InsufficientStock}} } }
        }
        """;

    private const string ProductFields = "product { id sku name description price { amount currency } stockQuantity category { id } version }";

    // Each mutation's errors select only the types of its union: a fragment on any other type does not validate.
    private const string AnyError = "__typename ... on Error { message } ... on ValidationError { field }";
    private const string ProductNotFound = "... on ProductNotFoundError { productId }";
    private const string CategoryNotFound = "... on CategoryNotFoundError { categoryId }";
    private const string Conflict = "... on ConcurrencyConflictError { expectedVersion actualVersion }";
    private const string InsufficientStock = "... on InsufficientStockError { product { id } requested available }";

    /// <summary>A valid <c>CreateProductInput</c>.</summary>
    public static object NewProduct(Category category, string sku) => new
    {
        sku,
        name = "Tea",
        price = Eur(3.5m),
        categoryId = ShopIds.Of(category),
    };

    public static object Eur(decimal amount) => new { amount, currency = "EUR" };
}
