using GraphApi.Data;
using GraphApi.Features.Events;
using GraphApi.Features.Mutations;
using GraphApi.Features.Products.Mutations;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.Mutations;

public sealed partial class OrderMutations
{
    /// <summary>The most lines one order may have.</summary>
    public const int MaxLines = 50;

    /// <summary>The most units of one product one order may take; with the price limit, no total can overflow.</summary>
    public const int MaxQuantity = 1_000_000;

    /// <summary>The longest idempotency key (the column's length).</summary>
    public const int MaxIdempotencyKeyLength = 64;

    /// <summary>
    /// Places an order for <paramref name="customerId"/>: takes the units from stock and records the order at the
    /// current prices, or changes nothing and reports why. A request whose idempotency key the customer already
    /// used for an order with the same lines returns that order and changes nothing.
    /// </summary>
    public async Task<MutationResult<int>> PlaceOrderAsync(int customerId, PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        var invalid = Validate(request);
        if (invalid.Count > 0)
        {
            return MutationResult<int>.Failure(invalid);
        }

        try
        {
            return await ShopTransaction.RunAsync(contexts, (db, ct) => PlaceAsync(db, customerId, request, ct), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only on SQL Server can two requests with the same key both get past the lookup (SQLite runs them one
            // after the other). The unique index on (CustomerId, IdempotencyKey) lets one insert; the other's
            // transaction is rolled back, stock included, and it answers as a retry would.
            await using var db = contexts.CreateDbContext();
            if (await FindByKeyAsync(db, customerId, request.IdempotencyKey, cancellationToken) is { } placed)
            {
                return Replay(placed, request);
            }

            throw;
        }
    }

    private static List<MutationError> Validate(PlaceOrderRequest request)
    {
        var errors = new List<MutationError>();
        var key = request.IdempotencyKey;
        if (key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            // Printable ASCII only: the column is not Unicode, and a key must compare exactly in every database.
            errors.Add(new ValidationError(
                $"The idempotency key must be 1 to {MaxIdempotencyKeyLength} printable ASCII characters without spaces (a UUID will do).",
                "idempotencyKey"));
        }

        if (request.Lines.Count == 0)
        {
            errors.Add(new ValidationError("An order needs at least one line.", "lines"));
        }
        else if (request.Lines.Count > MaxLines)
        {
            // The lines themselves are not looked at: an oversized request gets one error, not one per line.
            errors.Add(new ValidationError($"An order may have at most {MaxLines} lines, not {request.Lines.Count}.", "lines"));
            return errors;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            if (line.Quantity is < 1 or > MaxQuantity)
            {
                errors.Add(new ValidationError(
                    $"The quantity must be between 1 and {MaxQuantity}, not {line.Quantity}.", $"lines[{i}].quantity"));
            }

            if (!seen.Add(line.ProductId))
            {
                errors.Add(new ValidationError(
                    "The product is already in another line; order more units in one line instead.", $"lines[{i}].productId"));
            }
        }

        return errors;
    }

    private async Task<MutationResult<int>> PlaceAsync(
        ShopDbContext db, int customerId, PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        if (await FindByKeyAsync(db, customerId, request.IdempotencyKey, cancellationToken) is { } placed)
        {
            return Replay(placed, request);
        }

        var now = Now;
        // In product order, so that on SQL Server two orders lock shared products in the same order and never deadlock.
        var unavailable = new HashSet<int>();
        foreach (var line in request.Lines.OrderBy(l => l.ProductId))
        {
            if (!await ProductStock.TryAdjustAsync(db, line.ProductId, -line.Quantity, now, cancellationToken))
            {
                unavailable.Add(line.ProductId);
            }
        }

        // Read after taking the units: the rows are now locked by this transaction, so prices cannot change under it.
        var ids = request.Lines.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.PriceMinor, p.Currency, p.StockQuantity })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var errors = new List<MutationError>();
        foreach (var line in request.Lines.Where(l => unavailable.Contains(l.ProductId)))
        {
            errors.Add(products.TryGetValue(line.ProductId, out var product)
                ? InsufficientStockError.For(product.Id, product.Name, line.Quantity, product.StockQuantity)
                : ProductNotFoundError.For(line.ProductId));
        }

        if (errors.Count == 0 && products.Values.Select(p => p.Currency).Distinct().Count() > 1)
        {
            errors.Add(new ValidationError("The products are priced in different currencies; order them separately.", "lines"));
        }

        if (errors.Count > 0)
        {
            return MutationResult<int>.Failure(errors);
        }

        var order = new Order
        {
            CustomerId = customerId,
            Status = OrderStatus.Pending,
            Currency = products.Values.First().Currency,
            IdempotencyKey = request.IdempotencyKey,
            PlacedAt = now,
        };
        foreach (var line in request.Lines)
        {
            var price = products[line.ProductId].PriceMinor;
            order.Lines.Add(new OrderLine
            {
                ProductId = line.ProductId,
                Quantity = line.Quantity,
                UnitPriceMinor = price,
                LineTotalMinor = price * line.Quantity,
            });
        }

        order.TotalMinor = order.Lines.Sum(l => l.LineTotalMinor);
        order.StatusHistory.Add(new OrderStatusChange { Status = OrderStatus.Pending, ChangedAt = now });
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        // Saved again for the event, which needs the order's id.
        outbox.Add(db, new OrderPlaced(order.Id, customerId, order.TotalMinor, order.Currency));
        await db.SaveChangesAsync(cancellationToken);
        return order.Id;
    }

    private static Task<PlacedOrder?> FindByKeyAsync(ShopDbContext db, int customerId, string key, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking()
            .Where(o => o.CustomerId == customerId && o.IdempotencyKey == key)
            .Select(o => new PlacedOrder(o.Id, o.Lines.Select(l => new PlaceOrderLine(l.ProductId, l.Quantity)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The order placed before under the request's key, if the request is the same; the key's misuse otherwise.</summary>
    private static MutationResult<int> Replay(PlacedOrder placed, PlaceOrderRequest request)
    {
        var sameLines = placed.Lines.OrderBy(l => l.ProductId).SequenceEqual(request.Lines.OrderBy(l => l.ProductId));
        return sameLines ? placed.Id : IdempotencyKeyReusedError.For(request.IdempotencyKey, placed.Id);
    }

    private sealed record PlacedOrder(int Id, List<PlaceOrderLine> Lines);
}
