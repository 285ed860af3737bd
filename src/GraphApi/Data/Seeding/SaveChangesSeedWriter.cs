using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Features.Users;

namespace GraphApi.Data.Seeding;

/// <summary>
/// Writes through <c>SaveChanges</c>, the database generating the keys: right where EF Core batches the INSERTs
/// (SQL Server sends up to 42 rows per round trip). Change detection is off (every row is added explicitly) and the
/// tracker is emptied after each call so that it never holds more than one batch.
/// </summary>
internal sealed class SaveChangesSeedWriter : ISeedWriter
{
    private readonly ShopDbContext db;
    private readonly bool detectChanges;

    public SaveChangesSeedWriter(ShopDbContext db)
    {
        this.db = db;
        detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
    }

    public Task WriteCatalogueAsync(
        IReadOnlyList<Category> categories, IReadOnlyList<Product> products, CancellationToken cancellationToken) =>
        SaveAsync([.. categories, .. products], cancellationToken);

    public Task WriteUsersAsync(IReadOnlyList<User> users, CancellationToken cancellationToken) =>
        SaveAsync(users, cancellationToken);

    public Task WriteOrdersAsync(IReadOnlyList<Order> orders, CancellationToken cancellationToken) =>
        SaveAsync(orders, cancellationToken);

    public void Dispose()
    {
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
    }

    private async Task SaveAsync(IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
