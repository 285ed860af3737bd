using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.Benchmarks;

/// <summary>
/// The shop of the execution benchmarks (Inputs/shop.graphql): 5 categories and 100 products as plain CLR
/// objects, bound with simple resolvers. tests/js/bench-execute.mjs builds the same data and binds the same
/// resolvers for graphql-js; both check their answer to the small query against Inputs/small-query.response.json.
/// </summary>
public sealed class Shop
{
    private static readonly string[] CategoryNames = ["Books", "Games", "Music", "Garden", "Kitchen"];

    private readonly List<Product> _products = [];
    private readonly Dictionary<string, Product> _productsById = new(StringComparer.Ordinal);

    public Shop()
    {
        Categories = [.. CategoryNames.Select((name, i) => new Category { Id = $"c{i + 1}", Name = name })];
        for (int i = 1; i <= 100; i++)
        {
            var product = new Product
            {
                Id = $"p{i}",
                Name = $"Product {i}",
                Description = i % 2 == 0 ? $"The description of product {i}." : null,
                Price = i * 137 % 10000 / 100.0,
                Currency = i % 4 == 0 ? Currency.Usd : Currency.Eur,
                InStock = i % 3 != 0,
                Tags = i % 2 == 0 ? ["new"] : ["new", "sale"],
                Category = Categories[(i - 1) % Categories.Count],
                Sku = $"SKU-{i}",
            };
            _products.Add(product);
            _productsById.Add(product.Id, product);
        }
    }

    public List<Category> Categories { get; }

    /// <summary>The shop bound to its schema: explicit resolvers for fields with arguments, properties for the rest.</summary>
    public static ExecutableSchema CreateSchema(string sdl)
    {
        var shop = new Shop();
        return new ExecutableSchemaBuilder(SchemaBuilder.Build(sdl))
            .BindType<Product>("Product")
            .BindType<Category>("Category")
            .Resolve("Query", "products", context => shop.Take(context.Argument<int>("first"), context.Argument<string?>("categoryId")))
            .Resolve("Query", "product", context => shop._productsById.GetValueOrDefault(context.Argument<string>("id")))
            .Resolve("Query", "categories", _ => shop.Categories)
            .Resolve<Category>("Category", "products", (category, context) => shop.Take(context.Argument<int>("first"), category.Id))
            .Build();
    }

    /// <summary>The first <paramref name="first"/> products in catalogue order, of one category when <paramref name="categoryId"/> is given.</summary>
    private List<Product> Take(int first, string? categoryId)
    {
        var taken = new List<Product>(Math.Clamp(first, 0, _products.Count));
        foreach (var product in _products)
        {
            if (taken.Count == first)
            {
                break;
            }

            if (categoryId is null || product.Category.Id == categoryId)
            {
                taken.Add(product);
            }
        }

        return taken;
    }

    public enum Currency
    {
        Eur,
        Usd,
        Gbp,
    }

    public sealed class Category
    {
        public required string Id { get; init; }

        public required string Name { get; init; }
    }

    public sealed class Product
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public string? Description { get; init; }

        public double Price { get; init; }

        public Currency Currency { get; init; }

        public bool InStock { get; init; }

        public required string[] Tags { get; init; }

        public required Category Category { get; init; }

        public string? Sku { get; init; }
    }
}
