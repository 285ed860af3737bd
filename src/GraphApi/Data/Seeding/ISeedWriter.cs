using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;

namespace GraphApi.Data.Seeding;

/// <summary>
/// Saves the seeder's new rows inside its transaction. Each call gets rows whose references point to rows already
/// written (products to categories through the navigation, orders to users and products by id), and leaves every
/// written row with its id set, as SaveChanges would.
/// </summary>
internal interface ISeedWriter : IDisposable
{
    Task WriteCatalogueAsync(IReadOnlyList<Category> categories, IReadOnlyList<Product> products, CancellationToken cancellationToken);

    Task WriteUsersAsync(IReadOnlyList<User> users, CancellationToken cancellationToken);

    /// <summary>Orders with their lines and status history.</summary>
    Task WriteOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken);
}
