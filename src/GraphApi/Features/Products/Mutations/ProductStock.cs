using GraphApi.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Products.Mutations;

/// <summary>The one statement that changes a product's stock: placing and cancelling orders and adjusting stock all use it.</summary>
internal static class ProductStock
{
    /// <summary>
    /// Adds <paramref name="delta"/> (negative to take units) to the stock of a product in a single conditional
    /// UPDATE: the database checks the bounds and writes in one step, so two requests can never both take the last
    /// unit. True when applied; false when the product does not exist or its stock would leave 0..<see cref="int.MaxValue"/>.
    /// The version is bumped like any saved change (see <see cref="IVersioned"/>).
    /// </summary>
    public static async Task<bool> TryAdjustAsync(
        ShopDbContext db, int productId, int delta, DateTime now, CancellationToken cancellationToken)
    {
        // The bounds are computed here so that the database never evaluates StockQuantity + delta for a row that
        // fails them: on SQL Server that sum could overflow the int column.
        long atLeast = Math.Max(0L, -(long)delta);
        long atMost = int.MaxValue - Math.Max(0L, delta);
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE Products SET StockQuantity = StockQuantity + {delta}, Version = Version + 1, UpdatedAt = {now}
            WHERE Id = {productId} AND StockQuantity >= {atLeast} AND StockQuantity <= {atMost}
            """,
            cancellationToken);
        return updated == 1;
    }
}
