using GraphApi.Data;
using GraphApi.Data.Seeding;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Paging;
using GraphApi.Features.Pricing;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.GraphQL;

/// <summary>
/// The queries of the product read API, each with its projection. Resolvers and DataLoaders run them; tests
/// print their SQL for each provider.
/// </summary>
public static class ProductQueries
{
    /// <summary>Every order of <c>Query.products</c>, by the name written into its cursors.</summary>
    public static IReadOnlyDictionary<(ProductOrderField, OrderDirection), KeysetOrder<Product>> Orders { get; } =
        new Dictionary<(ProductOrderField, OrderDirection), KeysetOrder<Product>>
        {
            [(ProductOrderField.Name, OrderDirection.Asc)] = new("NAME_ASC", SortKey<Product>.Ascending(p => p.Name), SortKey<Product>.Ascending(p => p.Id)),
            [(ProductOrderField.Name, OrderDirection.Desc)] = new("NAME_DESC", SortKey<Product>.DescendingBy(p => p.Name), SortKey<Product>.DescendingBy(p => p.Id)),
            [(ProductOrderField.Price, OrderDirection.Asc)] = new("PRICE_ASC", SortKey<Product>.Ascending(p => p.PriceMinor), SortKey<Product>.Ascending(p => p.Id)),
            [(ProductOrderField.Price, OrderDirection.Desc)] = new("PRICE_DESC", SortKey<Product>.DescendingBy(p => p.PriceMinor), SortKey<Product>.DescendingBy(p => p.Id)),
            [(ProductOrderField.CreatedAt, OrderDirection.Asc)] = new("CREATED_AT_ASC", SortKey<Product>.Ascending(p => p.CreatedAt), SortKey<Product>.Ascending(p => p.Id)),
            [(ProductOrderField.CreatedAt, OrderDirection.Desc)] = new("CREATED_AT_DESC", SortKey<Product>.DescendingBy(p => p.CreatedAt), SortKey<Product>.DescendingBy(p => p.Id)),
        };

    /// <summary>The order of <paramref name="order"/>; by name, A to Z, when not given.</summary>
    public static KeysetOrder<Product> OrderOf(ProductOrder? order) =>
        Orders[(order?.Field ?? ProductOrderField.Name, order?.Direction ?? OrderDirection.Asc)];

    /// <summary>The products meeting every condition of <paramref name="filter"/> (a category already decoded to <paramref name="categoryId"/>).</summary>
    public static IQueryable<Product> Filtered(ShopDbContext db, ProductFilter? filter, int? categoryId)
    {
        var products = db.Products.AsNoTracking();
        if (filter is null)
        {
            return products;
        }

        if (!string.IsNullOrEmpty(filter.NameContains))
        {
            // LIKE rather than Contains: case-insensitive on both databases (SQLite's instr is not). The pattern's
            // wildcards are escaped, so "50%" finds "50%" rather than everything starting with 50.
            var pattern = "%" + EscapeLike(filter.NameContains) + "%";
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, LikeEscape));
        }

        if (categoryId is { } category)
        {
            products = products.Where(p => p.CategoryId == category);
        }

        if (filter.MinPrice is { } min)
        {
            var minMinor = Money.ToMinorUnits(min, ShopCurrency, MidpointRounding.ToPositiveInfinity);
            products = products.Where(p => p.PriceMinor >= minMinor);
        }

        if (filter.MaxPrice is { } max)
        {
            var maxMinor = Money.ToMinorUnits(max, ShopCurrency, MidpointRounding.ToNegativeInfinity);
            products = products.Where(p => p.PriceMinor <= maxMinor);
        }

        if (filter.InStock is { } inStock)
        {
            products = inStock ? products.Where(p => p.StockQuantity > 0) : products.Where(p => p.StockQuantity == 0);
        }

        return products;
    }

    /// <summary>A page of <c>Query.products</c>.</summary>
    public static IQueryable<Product> Page(
        ShopDbContext db, ProductFilter? filter, int? categoryId, KeysetOrder<Product> order, PageRequest page, Projection<Product> projection) =>
        KeysetPaging.Slice(Filtered(db, filter, categoryId), order, page).Select(projection.Selector);

    /// <summary>The products of <paramref name="ids"/> (a DataLoader batch).</summary>
    public static IQueryable<Product> ByIds(ShopDbContext db, IReadOnlyList<int> ids, Projection<Product> projection) =>
        db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(projection.Selector);

    /// <summary>The categories of <paramref name="ids"/> (a DataLoader batch).</summary>
    public static IQueryable<Category> CategoriesByIds(ShopDbContext db, IReadOnlyList<int> ids, Projection<Category> projection) =>
        db.Categories.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(projection.Selector);

    /// <summary>Every category, by name (<c>Query.categories</c>).</summary>
    public static IQueryable<Category> AllCategories(ShopDbContext db, Projection<Category> projection) =>
        db.Categories.AsNoTracking().OrderBy(c => c.Name).Select(projection.Selector);

    /// <summary>The currency of every price the shop writes: price filters are in it.</summary>
    private const string ShopCurrency = ShopDataGenerator.Currency;

    private const string LikeEscape = "\\";

    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}
