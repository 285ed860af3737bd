using System.Linq.Expressions;
using GraphApi.Data;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Nodes;
using GraphApi.Features.Paging;
using GraphApi.Features.Pricing;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Orders.GraphQL;

/// <summary>
/// The orders' read API: <c>Order</c>, <c>OrderLine</c>, <c>Query.order</c>, <c>Query.orders</c> and
/// <c>User.orders</c>. Customers see their own orders, admins every order.
/// </summary>
public static class OrdersSchema
{
    /// <summary>What a page of <c>User.orders</c> reads besides the selected fields: its sort keys and the customer to group by.</summary>
    private static readonly LambdaExpression[] CustomerPageKeys = [.. OrderQueries.NewestFirst.Members, (Order o) => o.CustomerId];

    /// <summary>What lines read besides the selected fields: the order to group them by.</summary>
    private static readonly LambdaExpression[] LineGroupKey = [(OrderLine l) => l.OrderId];

    public static ExecutableSchemaBuilder BindOrders(this ExecutableSchemaBuilder schema) => schema
        .BindType<Order>(nameof(Order))
        .BindType<OrderLine>(nameof(OrderLine))
        .BindConnection<Order>(nameof(Order))
        .Resolve<Order>(nameof(Order), "id", (order, _) => GlobalId.Encode(nameof(Order), order.Id))
        .Resolve<Order>(nameof(Order), "total", (order, _) => Money.FromMinorUnits(order.TotalMinor, order.Currency))
        .Resolve<Order>(nameof(Order), "lines", LinesOf)
        .Resolve<Order>(nameof(Order), "customer", CustomerOf)
        .Resolve<OrderLine>(nameof(OrderLine), "product", ProductOf)
        .Resolve<OrderLine>(nameof(OrderLine), "unitPrice", (line, _) => Money.FromMinorUnits(line.UnitPriceMinor, line.Order.Currency))
        .Resolve<OrderLine>(nameof(OrderLine), "lineTotal", (line, _) => Money.FromMinorUnits(line.LineTotalMinor, line.Order.Currency))
        .Resolve<User>(nameof(User), "orders", OrdersOfUser)
        .Resolve("Query", "order", OrderAsync)
        .Resolve("Query", "orders", OrdersAsync);

    /// <summary>
    /// Always through the loader, which reads the lines with their order's currency and the columns selected
    /// below, for every order of the level in one statement.
    /// </summary>
    private static ValueTask<object?> LinesOf(Order order, IResolverContext context)
    {
        var projection = OrderProjections.Line.For(SelectedFields.Below(context.Selection), LineGroupKey);
        return ValueTasks.Boxed(LinesByOrderLoader.Of(RequestLoaders.Of(context), projection).LoadAsync(order.Id, context.CancellationToken));
    }

    /// <summary>An order's customer: joined when the order was read by this API, else loaded by ID.</summary>
    private static ValueTask<object?> CustomerOf(Order order, IResolverContext context)
    {
        if (order.Customer is { } joined)
        {
            return ValueTasks.FromResult(joined);
        }

        var projection = UserProjections.User.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(
            UserByIdLoader.Of(RequestLoaders.Of(context), projection, Viewer.From(context.User)).LoadAsync(order.CustomerId, context.CancellationToken));
    }

    /// <summary>A line's product: joined when the line was read by this API, else loaded by ID.</summary>
    private static ValueTask<object?> ProductOf(OrderLine line, IResolverContext context)
    {
        if (line.Product is { } joined)
        {
            return ValueTasks.FromResult(joined);
        }

        var projection = ProductProjections.Product.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(ProductByIdLoader.Of(RequestLoaders.Of(context), projection).LoadAsync(line.ProductId, context.CancellationToken));
    }

    /// <summary>
    /// Every user of a level in one statement. Users reach only viewers who may see them, and the statement reads
    /// only orders the viewer may see anyway.
    /// </summary>
    private static ValueTask<object?> OrdersOfUser(User user, IResolverContext context)
    {
        var filter = context.Argument<OrderFilter?>("where");
        var page = PageRequest.From(context, OrderQueries.NewestFirst);
        var projection = OrderProjections.Order.For(SelectedFields.OnConnectionItems(context.Selection), CustomerPageKeys);
        return ValueTasks.Boxed(
            OrderPageByCustomerLoader.Of(RequestLoaders.Of(context), projection, Viewer.From(context.User), filter, page)
                .LoadAsync(user.Id, context.CancellationToken));
    }

    private static ValueTask<object?> OrderAsync(IResolverContext context)
    {
        var viewer = Viewer.Require(context);
        var id = GlobalId.DecodeOf(nameof(Order), context.Argument<string>("id"), "id");
        var projection = OrderProjections.Order.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(OrderByIdLoader.Of(RequestLoaders.Of(context), projection, viewer).LoadAsync(id, context.CancellationToken));
    }

    private static async ValueTask<object?> OrdersAsync(IResolverContext context)
    {
        var viewer = Viewer.Require(context);
        var filter = context.Argument<OrderFilter?>("where");
        var order = OrderQueries.NewestFirst;
        var page = PageRequest.From(context, order);
        var projection = OrderProjections.Order.For(SelectedFields.OnConnectionItems(context.Selection), order.Members);
        var databases = context.Service<IDbContextFactory<ShopDbContext>>();

        List<Order> rows;
        await using (var db = await databases.CreateDbContextAsync(context.CancellationToken))
        {
            rows = await OrderQueries.Page(db, viewer, filter, page, projection).ToListAsync(context.CancellationToken);
        }

        return KeysetPaging.ToConnection(rows, order, page, async cancellationToken =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await OrderQueries.CountAsync(db, viewer, filter, cancellationToken);
        });
    }
}
