using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Mutations;
using GraphApi.Features.Nodes;
using GraphApi.Features.Products.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Products.Mutations;

/// <summary>
/// <c>createProduct</c>, <c>updateProduct</c>, <c>setProductPrice</c> and <c>adjustStock</c> (admins only), their
/// payloads and the product errors, which <c>placeOrder</c> reports too.
/// </summary>
public static class ProductMutationsSchema
{
    private static readonly string[] Payloads =
        ["CreateProductPayload", "UpdateProductPayload", "SetProductPricePayload", "AdjustStockPayload"];

    public static ExecutableSchemaBuilder BindProductMutations(this ExecutableSchemaBuilder schema)
    {
        foreach (var payload in Payloads)
        {
            schema
                .BindType<MutationPayload>(payload)
                .Resolve<MutationPayload>(payload, "product", (result, context) => LoadProduct(result.Id, context));
        }

        return schema
            .BindType<ProductNotFoundError>(nameof(ProductNotFoundError))
            .BindType<CategoryNotFoundError>(nameof(CategoryNotFoundError))
            .BindType<InsufficientStockError>(nameof(InsufficientStockError))
            .Resolve<ProductNotFoundError>(
                nameof(ProductNotFoundError), "productId", (error, _) => GlobalId.Encode(nameof(Product), error.ProductId))
            .Resolve<CategoryNotFoundError>(
                nameof(CategoryNotFoundError), "categoryId", (error, _) => GlobalId.Encode(nameof(Category), error.CategoryId))
            .Resolve<InsufficientStockError>(
                nameof(InsufficientStockError), "product", (error, context) => LoadProduct(error.ProductId, context))
            .Resolve("Mutation", "createProduct", CreateProductAsync)
            .Resolve("Mutation", "updateProduct", UpdateProductAsync)
            .Resolve("Mutation", "setProductPrice", SetProductPriceAsync)
            .Resolve("Mutation", "adjustStock", AdjustStockAsync);
    }

    private static async ValueTask<object?> CreateProductAsync(IResolverContext context)
    {
        var input = context.Argument<CreateProductInput>("input");
        var request = new CreateProductRequest(
            input.Sku,
            input.Name,
            input.Description,
            input.Price.ToPrice(),
            input.StockQuantity,
            GlobalId.DecodeOf(nameof(Category), input.CategoryId, "input.categoryId"));
        var result = await context.Service<ProductMutations>().CreateProductAsync(request, context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    private static async ValueTask<object?> UpdateProductAsync(IResolverContext context)
    {
        var input = context.Argument<UpdateProductInput>("input");
        // A description given as null clears it; one left out stays. The converted record cannot tell them apart.
        var given = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
        var request = new UpdateProductRequest(
            GlobalId.DecodeOf(nameof(Product), input.ProductId, "input.productId"),
            input.ExpectedVersion,
            input.Name,
            given.ContainsKey("description") ? Optional<string?>.Of(input.Description) : Optional<string?>.Absent,
            input.Sku,
            input.CategoryId is { } category ? GlobalId.DecodeOf(nameof(Category), category, "input.categoryId") : null);
        var result = await context.Service<ProductMutations>().UpdateProductAsync(request, context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    private static async ValueTask<object?> SetProductPriceAsync(IResolverContext context)
    {
        var input = context.Argument<SetProductPriceInput>("input");
        var request = new SetProductPriceRequest(
            GlobalId.DecodeOf(nameof(Product), input.ProductId, "input.productId"), input.Price.ToPrice(), input.ExpectedVersion);
        var result = await context.Service<ProductMutations>().SetProductPriceAsync(request, context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    private static async ValueTask<object?> AdjustStockAsync(IResolverContext context)
    {
        var input = context.Argument<AdjustStockInput>("input");
        var productId = GlobalId.DecodeOf(nameof(Product), input.ProductId, "input.productId");
        var result = await context.Service<ProductMutations>().AdjustStockAsync(productId, input.Delta, context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    /// <summary>The product with the columns the client selected (after the mutation's transaction has committed).</summary>
    private static ValueTask<object?> LoadProduct(int? productId, IResolverContext context)
    {
        if (productId is not { } id)
        {
            return ValueTasks.FromResult(null);
        }

        var projection = ProductProjections.Product.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(ProductByIdLoader.Of(RequestLoaders.Of(context), projection).LoadAsync(id, context.CancellationToken));
    }
}
