using GraphApi.Features.GraphQL.Projection;

namespace GraphApi.Features.Products.GraphQL;

/// <summary>What the fields of <c>Product</c> and <c>Category</c> read.</summary>
public static class ProductProjections
{
    public static ProjectionMap<Category> Category { get; } = new ProjectionMap<Category>("Category", c => c.Id)
        .Field("id")
        .Field("name", c => c.Name)
        .Field("slug", c => c.Slug)
        .Field("description", c => c.Description);

    public static ProjectionMap<Product> Product { get; } = new ProjectionMap<Product>("Product", p => p.Id)
        .Field("id")
        .Field("sku", p => p.Sku)
        .Field("name", p => p.Name)
        .Field("description", p => p.Description)
        .Field("price", p => p.PriceMinor, p => p.Currency)
        .Field("stockQuantity", p => p.StockQuantity)
        .Field("inStock", p => p.StockQuantity)
        .Reference("category", p => p.Category, () => Category)
        .Field("createdAt", p => p.CreatedAt)
        .Field("updatedAt", p => p.UpdatedAt)
        .Field("version", p => p.Version);
}
