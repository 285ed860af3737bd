namespace GraphApi.Features.Products.Mutations;

/// <summary>The GraphQL input <c>MoneyInput</c>.</summary>
public sealed record MoneyInput(decimal Amount, string Currency)
{
    public ProductPrice ToPrice() => new(Amount, Currency);
}

/// <summary>The GraphQL input <c>CreateProductInput</c>.</summary>
public sealed record CreateProductInput(
    string Sku, string Name, string? Description, MoneyInput Price, int StockQuantity, string CategoryId);

/// <summary>The GraphQL input <c>UpdateProductInput</c> (whether <c>description</c> was given is read from the raw input).</summary>
public sealed record UpdateProductInput(
    string ProductId, int? ExpectedVersion, string? Name, string? Description, string? Sku, string? CategoryId);

/// <summary>The GraphQL input <c>SetProductPriceInput</c>.</summary>
public sealed record SetProductPriceInput(string ProductId, MoneyInput Price, int? ExpectedVersion);

/// <summary>The GraphQL input <c>AdjustStockInput</c>.</summary>
public sealed record AdjustStockInput(string ProductId, int Delta);
