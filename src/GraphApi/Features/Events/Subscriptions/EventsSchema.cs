using System.Runtime.CompilerServices;
using GraphApi.Data;
using GraphApi.Features.Events.Bus;
using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Nodes;
using GraphApi.Features.Orders;
using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Pricing;
using GraphApi.Features.Products;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Features.Events.Subscriptions;

/// <summary>
/// The event subscriptions of the contract: <c>orderStatusChanged</c>, <c>orderPlaced</c>,
/// <c>productPriceChanged</c>, <c>productChanged</c> and their event types. Who may subscribe is checked when
/// the subscription opens; what each subscriber receives is filtered on every event (a customer's events carry
/// their customer id), and the revocation hook is asked before each.
/// </summary>
public static class EventsSchema
{
    private const string OrderStatusChangedEvent = nameof(OrderStatusChangedEvent);
    private const string OrderPlacedEvent = nameof(OrderPlacedEvent);
    private const string ProductPriceChangedEvent = nameof(ProductPriceChangedEvent);
    private const string ProductChangedEvent = nameof(ProductChangedEvent);

    public static ExecutableSchemaBuilder BindEvents(this ExecutableSchemaBuilder schema) => schema
        .BindType<EventNotification<OrderStatusChanged>>(OrderStatusChangedEvent)
        .Resolve<EventNotification<OrderStatusChanged>>(OrderStatusChangedEvent, "orderId", (n, _) => GlobalId.Encode(nameof(Order), n.Event.OrderId))
        .Resolve<EventNotification<OrderStatusChanged>>(OrderStatusChangedEvent, "previousStatus", (n, _) => n.Event.PreviousStatus)
        .Resolve<EventNotification<OrderStatusChanged>>(OrderStatusChangedEvent, "status", (n, _) => n.Event.Status)
        .Resolve<EventNotification<OrderStatusChanged>>(OrderStatusChangedEvent, "order", (n, context) => CurrentOrder(n.Event.OrderId, context))
        .BindType<EventNotification<OrderPlaced>>(OrderPlacedEvent)
        .Resolve<EventNotification<OrderPlaced>>(OrderPlacedEvent, "orderId", (n, _) => GlobalId.Encode(nameof(Order), n.Event.OrderId))
        .Resolve<EventNotification<OrderPlaced>>(OrderPlacedEvent, "total", (n, _) => Money.FromMinorUnits(n.Event.TotalMinor, n.Event.Currency))
        .Resolve<EventNotification<OrderPlaced>>(OrderPlacedEvent, "order", (n, context) => CurrentOrder(n.Event.OrderId, context))
        .BindType<EventNotification<ProductPriceChanged>>(ProductPriceChangedEvent)
        .Resolve<EventNotification<ProductPriceChanged>>(ProductPriceChangedEvent, "productId", (n, _) => GlobalId.Encode(nameof(Product), n.Event.ProductId))
        .Resolve<EventNotification<ProductPriceChanged>>(ProductPriceChangedEvent, "previousPrice", (n, _) => Money.FromMinorUnits(n.Event.PreviousPriceMinor, n.Event.PreviousCurrency))
        .Resolve<EventNotification<ProductPriceChanged>>(ProductPriceChangedEvent, "price", (n, _) => Money.FromMinorUnits(n.Event.PriceMinor, n.Event.Currency))
        .Resolve<EventNotification<ProductPriceChanged>>(ProductPriceChangedEvent, "product", (n, context) => CurrentProduct(n.Event.ProductId, context))
        .BindType<EventNotification<ProductChanged>>(ProductChangedEvent)
        .Resolve<EventNotification<ProductChanged>>(ProductChangedEvent, "productId", (n, _) => GlobalId.Encode(nameof(Product), n.Event.ProductId))
        .Resolve<EventNotification<ProductChanged>>(ProductChangedEvent, "changedFields", (n, _) => n.Event.Fields)
        .Resolve<EventNotification<ProductChanged>>(ProductChangedEvent, "product", (n, context) => CurrentProduct(n.Event.ProductId, context))
        .Subscribe("Subscription", "orderStatusChanged", OrderStatusChangedAsync)
        .Subscribe("Subscription", "orderPlaced", OrderPlacedAsync)
        .Subscribe("Subscription", "productPriceChanged", context => ProductEventsAsync<ProductPriceChanged>(context, ShopEventType.ProductPriceChanged))
        .Subscribe("Subscription", "productChanged", context => ProductEventsAsync<ProductChanged>(context, ShopEventType.ProductChanged));

    private static async ValueTask<IAsyncEnumerable<object?>> OrderStatusChangedAsync(IResolverContext context)
    {
        var subscriber = Viewer.Require(context);
        var orderId = GlobalId.DecodeOf(nameof(Order), context.Argument<string>("orderId"), "orderId");
        await using (var db = await context.Service<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync(context.CancellationToken))
        {
            var customerId = await db.Orders.Where(o => o.Id == orderId).Select(o => (int?)o.CustomerId).FirstOrDefaultAsync(context.CancellationToken);
            if (!subscriber.SeesEveryOrder && customerId != subscriber.UserId)
            {
                // The same answer whether the order is someone else's or does not exist: nothing is disclosed.
                throw new FieldErrorException("Customers may follow only their own orders.", EventErrorCodes.NotAuthorized);
            }

            if (customerId is null)
            {
                throw new FieldErrorException($"Argument \"orderId\" is the ID of no order: \"{context.Argument<string>("orderId")}\".", EventErrorCodes.BadUserInput);
            }
        }

        // Checked on every event as well: a customer's subscription only ever receives events of their own orders.
        var filter = new EventFilter(ShopEventType.OrderStatusChanged, OrderId: orderId, CustomerId: subscriber.SeesEveryOrder ? null : subscriber.UserId);
        return await OpenAsync<OrderStatusChanged>(context, filter);
    }

    /// <summary>For partners and admins: <c>@authorize(roles: ["Partner", "Admin"])</c> in the contract.</summary>
    private static ValueTask<IAsyncEnumerable<object?>> OrderPlacedAsync(IResolverContext context) =>
        OpenAsync<OrderPlaced>(context, new EventFilter(ShopEventType.OrderPlaced));

    private static async ValueTask<IAsyncEnumerable<object?>> ProductEventsAsync<TEvent>(IResolverContext context, string type)
        where TEvent : ShopEvent
    {
        int? productId = null;
        if (context.Argument<string?>("productId") is { } globalId)
        {
            productId = GlobalId.DecodeOf(nameof(Product), globalId, "productId");
            await using var db = await context.Service<IDbContextFactory<ShopDbContext>>().CreateDbContextAsync(context.CancellationToken);
            if (!await db.Products.AnyAsync(p => p.Id == productId, context.CancellationToken))
            {
                throw new FieldErrorException($"Argument \"productId\" is the ID of no product: \"{globalId}\".", EventErrorCodes.BadUserInput);
            }
        }

        return await OpenAsync<TEvent>(context, new EventFilter(type, ProductId: productId));
    }

    /// <summary>Checks the cursor now, so that a bad one is the subscription's error, and opens the stream.</summary>
    private static async ValueTask<IAsyncEnumerable<object?>> OpenAsync<TEvent>(IResolverContext context, EventFilter filter)
        where TEvent : ShopEvent
    {
        var streams = context.Service<EventStreams>();
        var after = await streams.ReadCursorAsync(context.Argument<string?>("after"), context.CancellationToken);
        return Notifications<TEvent>(streams.ReadAsync(filter, after, context.User, context.CancellationToken), context.Service<RequestLoaders>());
    }

    /// <summary>
    /// Each event as its GraphQL value. The operation's DataLoaders live as long as the subscription, so they are
    /// dropped before each event (the previous one is fully executed by then): an event shows rows as they are
    /// now, never as an earlier event had cached them.
    /// </summary>
    private static async IAsyncEnumerable<object?> Notifications<TEvent>(
        IAsyncEnumerable<StoredEvent> events, RequestLoaders loaders, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TEvent : ShopEvent
    {
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            loaders.Forget();
            yield return EventNotification<TEvent>.Of(stored);
        }
    }

    private static ValueTask<object?> CurrentOrder(int orderId, IResolverContext context)
    {
        var projection = OrderProjections.Order.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(
            OrderByIdLoader.Of(RequestLoaders.Of(context), projection, Viewer.From(context.User)).LoadAsync(orderId, context.CancellationToken));
    }

    private static ValueTask<object?> CurrentProduct(int productId, IResolverContext context)
    {
        var projection = ProductProjections.Product.For(SelectedFields.Below(context.Selection));
        return ValueTasks.Boxed(ProductByIdLoader.Of(RequestLoaders.Of(context), projection).LoadAsync(productId, context.CancellationToken));
    }
}
