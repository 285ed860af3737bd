namespace GraphApi.Data;

/// <summary>A row whose creation time <see cref="ShopDbContext"/> fills in when it is first saved without one.</summary>
public interface ICreationStamped
{
    /// <summary>UTC time the row was created.</summary>
    DateTime CreatedAt { get; set; }
}
