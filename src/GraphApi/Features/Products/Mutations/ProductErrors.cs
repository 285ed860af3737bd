using GraphApi.Features.Mutations;
using GraphApi.Features.Nodes;

namespace GraphApi.Features.Products.Mutations;

/// <summary>No product has the id the input names.</summary>
public sealed record ProductNotFoundError(string Message, int ProductId) : MutationError(Message)
{
    public static ProductNotFoundError For(int productId) =>
        new($"There is no product \"{GlobalId.Encode("Product", productId)}\".", productId);
}

/// <summary>No category has the id the input names.</summary>
public sealed record CategoryNotFoundError(string Message, int CategoryId) : MutationError(Message)
{
    public static CategoryNotFoundError For(int categoryId) =>
        new($"There is no category \"{GlobalId.Encode("Category", categoryId)}\".", categoryId);
}

/// <summary>A product has fewer units in stock than a change takes.</summary>
public sealed record InsufficientStockError(string Message, int ProductId, int Requested, int Available) : MutationError(Message)
{
    public static InsufficientStockError For(int productId, string productName, int requested, int available) =>
        new($"Only {available} of product \"{productName}\" in stock, {requested} requested.", productId, requested, available);
}
