using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users.GraphQL;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>What the fields of <c>Order</c> and <c>OrderLine</c> read.</summary>
public static class OrderProjections
{
    /// <summary>Every order read carries its customer's ID, which the contract's <c>orderReader</c> policy checks.</summary>
    public static ProjectionMap<Order> Order { get; } = new ProjectionMap<Order>("Order", o => o.Id)
        .Always(o => o.CustomerId)
        .Field("id")
        .Field("status", o => o.Status)
        .Field("placedAt", o => o.PlacedAt)
        .Field("updatedAt", o => o.UpdatedAt)
        .Field("total", o => o.TotalMinor, o => o.Currency)
        .Field("lines")
        .Reference("customer", o => o.Customer, () => UserProjections.User);

    /// <summary>A line's amounts are in its order's currency, read through a join.</summary>
    public static ProjectionMap<OrderLine> Line { get; } = new ProjectionMap<OrderLine>("OrderLine", l => l.Id)
        .Reference("product", l => l.Product, () => ProductProjections.Product)
        .Field("quantity", l => l.Quantity)
        .Field("unitPrice", l => l.UnitPriceMinor, l => l.Order.Currency)
        .Field("lineTotal", l => l.LineTotalMinor, l => l.Order.Currency);
}
