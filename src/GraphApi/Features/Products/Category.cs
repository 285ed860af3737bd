using GraphApi.Data;

namespace GraphApi.Features.Products;

/// <summary>A group of products in the shop's catalogue.</summary>
public sealed class Category : IVersioned, ICreationStamped
{
    public int Id { get; set; }

    /// <summary>Unique display name.</summary>
    public required string Name { get; set; }

    /// <summary>Unique, URL-friendly key (lower-case letters, digits and dashes).</summary>
    public required string Slug { get; set; }

    public string? Description { get; set; }

    public List<Product> Products { get; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }
}
