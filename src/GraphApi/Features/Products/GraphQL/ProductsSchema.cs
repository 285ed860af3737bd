using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Nodes;
using GraphApi.Features.Paging;
using GraphApi.Features.Pricing;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.GraphQL;

/// <summary>The catalogue's read API: <c>Product</c>, <c>Category</c>, <c>Query.product</c>, <c>Query.categories</c>, <c>Query.products</c>.</summary>
public static class ProductsSchema
{
    public static ExecutableSchemaBuilder BindProducts(this ExecutableSchemaBuilder schema) => schema
        .BindType<Product>(nameof(Product))
        .BindType<Category>(nameof(Category))
        .BindConnection<Product>(nameof(Product))
        .Resolve<Product>(nameof(Product), "id", (product, _) => GlobalId.Encode(nameof(Product), product.Id))
        .Resolve<Product>(nameof(Product), "price", (product, _) => Money.FromMinorUnits(product.PriceMinor, product.Currency))
        .Resolve<Product>(nameof(Product), "inStock", (product, _) => product.StockQuantity > 0)
        .Resolve<Product>(nameof(Product), "category", CategoryOf)
        .Resolve<Category>(nameof(Category), "id", (category, _) => GlobalId.Encode(nameof(Category), category.Id))
        .Resolve("Query", "product", ProductAsync)
        .Resolve("Query", "categories", CategoriesAsync)
        .Resolve("Query", "products", ProductsAsync);

    /// <summary>A product's category: joined when the product was read by this API, else loaded by ID.</summary>
    private static ValueTask<object?> CategoryOf(Product product, IResolverContext context)
    {
        if (product.Category is { } joined)
        {
            return ValueTasks.FromResult(joined);
        }

        var projection = ProductProjections.Category.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(
            CategoryByIdLoader.Of(RequestLoaders.Of(context), projection).LoadAsync(product.CategoryId, context.CancellationToken));
    }

    private static ValueTask<object?> ProductAsync(IResolverContext context)
    {
        var id = GlobalId.DecodeOf(nameof(Product), context.Argument<string>("id"), "id");
        var projection = ProductProjections.Product.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(ProductByIdLoader.Of(RequestLoaders.Of(context), projection).LoadAsync(id, context.CancellationToken));
    }

    private static async ValueTask<object?> CategoriesAsync(IResolverContext context)
    {
        var projection = ProductProjections.Category.For(SelectedFields.Below(context.Selection));
        await using var db = await context.Service<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await ProductQueries.AllCategories(db, projection).ToListAsync(context.CancellationToken);
    }

    private static async ValueTask<object?> ProductsAsync(IResolverContext context)
    {
        var filter = context.Argument<ProductFilter?>("where");
        int? categoryId = filter?.CategoryId is { } category ? GlobalId.DecodeOf(nameof(Category), category, "where.categoryId") : null;
        var order = ProductQueries.OrderOf(context.Argument<ProductOrder?>("order"));
        var page = PageRequest.From(context, order);
        var projection = ProductProjections.Product.For(SelectedFields.OnConnectionItems(context.Selection), order.Members);
        var databases = context.Service<IDbContextFactory<ShopDbContext>>();

        List<Product> rows;
        await using (var db = await databases.CreateDbContextAsync(context.CancellationToken))
        {
            rows = await ProductQueries.Page(db, filter, categoryId, order, page, projection).ToListAsync(context.CancellationToken);
        }

        return KeysetPaging.ToConnection(rows, order, page, async cancellationToken =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await ProductQueries.Filtered(db, filter, categoryId).CountAsync(cancellationToken);
        });
    }
}
