using GraphApi.Features.Paging;

namespace GraphApi.Features.Products.GraphQL;

/// <summary>The GraphQL input <c>ProductFilter</c>; every condition given must hold.</summary>
public sealed record ProductFilter(string? NameContains, string? CategoryId, decimal? MinPrice, decimal? MaxPrice, bool? InStock);

/// <summary>The GraphQL enum <c>ProductOrderField</c>.</summary>
public enum ProductOrderField
{
    Name,

    Price,

    CreatedAt,
}

/// <summary>The GraphQL input <c>ProductOrder</c>.</summary>
public sealed record ProductOrder(ProductOrderField Field, OrderDirection Direction = OrderDirection.Asc);
