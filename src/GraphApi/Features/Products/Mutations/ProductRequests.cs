using GraphApi.Features.Mutations;

namespace GraphApi.Features.Products.Mutations;

/// <summary>A price as clients give it: an amount in the currency's major unit (12.99) and its ISO 4217 code.</summary>
public readonly record struct ProductPrice(decimal Amount, string Currency);

/// <summary>A new product.</summary>
public sealed record CreateProductRequest(
    string Sku, string Name, string? Description, ProductPrice Price, int StockQuantity, int CategoryId);

/// <summary>
/// Changes to a product's descriptive fields: null leaves <see cref="Name"/>, <see cref="Sku"/> and
/// <see cref="CategoryId"/> as they are; <see cref="Description"/> changes when given, and null clears it. With an
/// <see cref="ExpectedVersion"/>, the change applies only to that version of the product.
/// </summary>
public sealed record UpdateProductRequest(
    int ProductId,
    long? ExpectedVersion,
    string? Name = null,
    Optional<string?> Description = default,
    string? Sku = null,
    int? CategoryId = null);

/// <summary>A product's new price; with an <see cref="ExpectedVersion"/>, only for that version of the product.</summary>
public sealed record SetProductPriceRequest(int ProductId, ProductPrice Price, long? ExpectedVersion);
