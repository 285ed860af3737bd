using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Mutations;
using GraphApi.Features.Nodes;
using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Products;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;

namespace GraphApi.Features.Orders.Mutations;

/// <summary><c>placeOrder</c>, <c>cancelOrder</c> and <c>updateOrderStatus</c>, their payloads and their order errors.</summary>
public static class OrderMutationsSchema
{
    private static readonly string[] Payloads = ["PlaceOrderPayload", "CancelOrderPayload", "UpdateOrderStatusPayload"];

    public static ExecutableSchemaBuilder BindOrderMutations(this ExecutableSchemaBuilder schema)
    {
        foreach (var payload in Payloads)
        {
            schema
                .BindType<MutationPayload>(payload)
                .Resolve<MutationPayload>(payload, "order", (result, context) => LoadOrder(result.Id, context));
        }

        return schema
            .BindType<OrderNotFoundError>(nameof(OrderNotFoundError))
            .BindType<InvalidOrderStatusTransitionError>(nameof(InvalidOrderStatusTransitionError))
            .BindType<IdempotencyKeyReusedError>(nameof(IdempotencyKeyReusedError))
            .Resolve<OrderNotFoundError>(nameof(OrderNotFoundError), "orderId", (error, _) => GlobalId.Encode(nameof(Order), error.OrderId))
            .Resolve<InvalidOrderStatusTransitionError>(
                nameof(InvalidOrderStatusTransitionError), "order", (error, context) => LoadOrder(error.OrderId, context))
            .Resolve<IdempotencyKeyReusedError>(nameof(IdempotencyKeyReusedError), "order", (error, context) => LoadOrder(error.OrderId, context))
            .Resolve("Mutation", "placeOrder", PlaceOrderAsync)
            .Resolve("Mutation", "cancelOrder", CancelOrderAsync)
            .Resolve("Mutation", "updateOrderStatus", UpdateOrderStatusAsync);
    }

    private static async ValueTask<object?> PlaceOrderAsync(IResolverContext context)
    {
        var viewer = Viewer.Require(context);
        var input = context.Argument<PlaceOrderInput>("input");
        var lines = input.Lines
            .Select((line, i) => new PlaceOrderLine(
                GlobalId.DecodeOf(nameof(Product), line.ProductId, $"input.lines[{i}].productId"), line.Quantity))
            .ToList();
        var result = await context.Service<OrderMutations>()
            .PlaceOrderAsync(viewer.UserId, new PlaceOrderRequest(lines, input.IdempotencyKey), context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    private static async ValueTask<object?> CancelOrderAsync(IResolverContext context)
    {
        var viewer = Viewer.Require(context);
        var orderId = GlobalId.DecodeOf(nameof(Order), context.Argument<CancelOrderInput>("input").OrderId, "input.orderId");
        var result = await context.Service<OrderMutations>().CancelOrderAsync(viewer.UserId, orderId, context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    private static async ValueTask<object?> UpdateOrderStatusAsync(IResolverContext context)
    {
        var input = context.Argument<UpdateOrderStatusInput>("input");
        var orderId = GlobalId.DecodeOf(nameof(Order), input.OrderId, "input.orderId");
        var result = await context.Service<OrderMutations>().UpdateOrderStatusAsync(orderId, input.Status, context.CancellationToken);
        return MutationPayload.Of(result, context);
    }

    /// <summary>
    /// The order as the read API shows it to the viewer, with the columns the client selected (after the
    /// mutation's transaction has committed).
    /// </summary>
    private static ValueTask<object?> LoadOrder(int? orderId, IResolverContext context)
    {
        if (orderId is not { } id)
        {
            return ValueTasks.FromResult(null);
        }

        var projection = OrderProjections.Order.For(SelectedFields.Below(context.Selection));
        var loader = OrderByIdLoader.Of(RequestLoaders.Of(context), projection, Viewer.From(context.User));
        return ValueTasks.Boxed(loader.LoadAsync(id, context.CancellationToken));
    }
}
