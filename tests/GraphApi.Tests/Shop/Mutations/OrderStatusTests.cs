using GraphApi.Features.Orders;
using GraphApi.Features.Orders.Mutations;
using GraphApi.Features.Products;
using GraphApi.Features.Users;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Mutations.MutationResponse;
using static GraphApi.Tests.Shop.Mutations.PlaceOrderTests;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary><c>cancelOrder</c> (a customer's own orders) and <c>updateOrderStatus</c> (admins): the status moves and what they do to stock.</summary>
public sealed class OrderStatusTests(MutationShop host) : IClassFixture<MutationShop>
{
    private const string CancelOrder = """
        mutation Cancel($input: CancelOrderInput!) {
          cancelOrder(input: $input) {
            order { id status }
            errors {
              __typename
              ... on Error { message }
              ... on OrderNotFoundError { orderId }
              ... on InvalidOrderStatusTransitionError { order { id status } from to }
            }
          }
        }
        """;

    private const string UpdateOrderStatus = """
        mutation Update($input: UpdateOrderStatusInput!) {
          updateOrderStatus(input: $input) {
            order { id status }
            errors {
              __typename
              ... on Error { message }
              ... on OrderNotFoundError { orderId }
              ... on InvalidOrderStatusTransitionError { order { id status } from to }
            }
          }
        }
        """;

    [Theory]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.Paid)]
    public async Task A_customer_cancels_an_unshipped_order_of_theirs_and_the_units_go_back_to_stock(OrderStatus status)
    {
        var (customer, product, orderId) = await PlaceAsync(stock: 10, quantity: 4);
        await MoveAsync(orderId, status);

        var order = Succeeded(await host.PostAsync(customer, CancelOrder, CancelInput(orderId)), "cancelOrder").GetProperty("order");

        Assert.Equal(ShopIds.OfOrder(orderId), order.String("id"));
        Assert.Equal("CANCELLED", order.String("status"));
        Assert.Equal(10, await host.Data.StockOfAsync(product));
        var stored = await host.Data.OrderAsync(orderId);
        Assert.Equal(OrderStatus.Cancelled, stored.Status);
        Assert.Equal(OrderStatus.Cancelled, stored.StatusHistory.OrderBy(c => c.Id).Last().Status);
    }

    [Theory]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Cancelled)]
    public async Task Cancelling_a_shipped_or_final_order_is_an_InvalidOrderStatusTransitionError_and_changes_nothing(OrderStatus status)
    {
        var (customer, _, orderId) = await PlaceAsync(stock: 10, quantity: 4);
        await MoveAsync(orderId, status);
        var before = host.Fingerprint();

        var response = await host.PostAsync(customer, CancelOrder, CancelInput(orderId));

        var error = SingleTypedError(response, "cancelOrder", "order", "InvalidOrderStatusTransitionError");
        var from = status.ToString().ToUpperInvariant();
        Assert.Equal(from, error.String("from"));
        Assert.Equal("CANCELLED", error.String("to"));
        Assert.Equal(from, error.GetProperty("order").String("status"));
        Assert.Equal($"Order \"{ShopIds.OfOrder(orderId)}\" cannot go from {from} to CANCELLED.", error.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Another_customers_order_is_not_found_and_changes_nothing()
    {
        var (_, _, orderId) = await PlaceAsync(stock: 10, quantity: 4);
        var stranger = await host.Data.AddUserAsync();
        var before = host.Fingerprint();

        var response = await host.PostAsync(stranger, CancelOrder, CancelInput(orderId));

        var error = SingleTypedError(response, "cancelOrder", "order", "OrderNotFoundError");
        Assert.Equal(ShopIds.OfOrder(orderId), error.String("orderId"));
        Assert.Equal($"There is no order \"{ShopIds.OfOrder(orderId)}\".", error.String("message"));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task Cancelling_is_for_the_signed_in_customer_only()
    {
        var (_, _, orderId) = await PlaceAsync(stock: 10, quantity: 4);
        var before = host.Fingerprint();

        RefusedWith(await host.PostAsync(null, CancelOrder, CancelInput(orderId)), "cancelOrder", "UNAUTHENTICATED");

        // Admins change any order's status with updateOrderStatus; cancelOrder is about the viewer's own orders.
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        SingleTypedError(await host.PostAsync(admin, CancelOrder, CancelInput(orderId)), "cancelOrder", "order", "OrderNotFoundError");
        Assert.Equal(OrderStatus.Pending, (await host.Data.OrderAsync(orderId)).Status);
    }

    [Fact]
    public async Task An_admin_moves_an_order_forward_to_delivered()
    {
        var (_, product, orderId) = await PlaceAsync(stock: 10, quantity: 4);
        var admin = await host.Data.AddUserAsync(UserRole.Admin);

        foreach (var status in new[] { "PAID", "SHIPPED", "DELIVERED" })
        {
            var response = await host.PostAsync(admin, UpdateOrderStatus, UpdateInput(orderId, status));
            Assert.Equal(status, Succeeded(response, "updateOrderStatus").GetProperty("order").String("status"));
        }

        var stored = await host.Data.OrderAsync(orderId);
        Assert.Equal(
            [OrderStatus.Pending, OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered],
            stored.StatusHistory.OrderBy(c => c.Id).Select(c => c.Status));
        Assert.Equal(4, stored.Version);
        Assert.Equal(6, await host.Data.StockOfAsync(product));
    }

    [Fact]
    public async Task An_admin_cancelling_an_order_returns_its_units_to_stock()
    {
        var (_, product, orderId) = await PlaceAsync(stock: 10, quantity: 4);
        var admin = await host.Data.AddUserAsync(UserRole.Admin);

        Succeeded(await host.PostAsync(admin, UpdateOrderStatus, UpdateInput(orderId, "CANCELLED")), "updateOrderStatus");

        Assert.Equal(10, await host.Data.StockOfAsync(product));
    }

    [Theory]
    [InlineData(OrderStatus.Pending, "SHIPPED")]
    [InlineData(OrderStatus.Pending, "DELIVERED")]
    [InlineData(OrderStatus.Pending, "PENDING")]
    [InlineData(OrderStatus.Paid, "PENDING")]
    [InlineData(OrderStatus.Shipped, "CANCELLED")]
    [InlineData(OrderStatus.Delivered, "SHIPPED")]
    [InlineData(OrderStatus.Cancelled, "PAID")]
    public async Task A_move_the_rules_do_not_allow_is_an_InvalidOrderStatusTransitionError_and_changes_nothing(OrderStatus status, string to)
    {
        var (_, _, orderId) = await PlaceAsync(stock: 10, quantity: 1);
        await MoveAsync(orderId, status);
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        var before = host.Fingerprint();

        var response = await host.PostAsync(admin, UpdateOrderStatus, UpdateInput(orderId, to));

        var error = SingleTypedError(response, "updateOrderStatus", "order", "InvalidOrderStatusTransitionError");
        Assert.Equal((status.ToString().ToUpperInvariant(), to), (error.String("from"), error.String("to")));
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task An_unknown_order_is_an_OrderNotFoundError()
    {
        var admin = await host.Data.AddUserAsync(UserRole.Admin);

        var response = await host.PostAsync(admin, UpdateOrderStatus, UpdateInput(987_654, "PAID"));

        Assert.Equal(ShopIds.OfOrder(987_654), SingleTypedError(response, "updateOrderStatus", "order", "OrderNotFoundError").String("orderId"));
    }

    [Fact]
    public async Task Updating_a_status_is_for_admins_only()
    {
        var (customer, _, orderId) = await PlaceAsync(stock: 10, quantity: 1);
        var partner = await host.Data.AddUserAsync(UserRole.Partner);
        var before = host.Fingerprint();

        RefusedWith(await host.PostAsync(null, UpdateOrderStatus, UpdateInput(orderId, "PAID")), "updateOrderStatus", "UNAUTHENTICATED");
        RefusedWith(await host.PostAsync(customer, UpdateOrderStatus, UpdateInput(orderId, "PAID")), "updateOrderStatus", "AUTH_NOT_AUTHORIZED");
        RefusedWith(await host.PostAsync(partner, UpdateOrderStatus, UpdateInput(orderId, "PAID")), "updateOrderStatus", "AUTH_NOT_AUTHORIZED");
        Assert.Equal(before, host.Fingerprint());
    }

    [Fact]
    public async Task A_malformed_order_id_is_a_BAD_USER_INPUT_error()
    {
        var customer = await host.Data.AddUserAsync();

        var response = await host.PostAsync(customer, CancelOrder, new { input = new { orderId = ShopIds.Of(customer) } });

        var message = RefusedWith(response, "cancelOrder", "BAD_USER_INPUT").String("message");
        Assert.Contains("input.orderId", message);
        Assert.Contains(ShopIds.Of(customer), message);
    }

    [Fact]
    public void Orders_only_move_forward()
    {
        var allowed = Enum.GetValues<OrderStatus>()
            .SelectMany(from => Enum.GetValues<OrderStatus>().Select(to => (from, to)))
            .Where(move => OrderStatusTransitions.IsAllowed(move.from, move.to));

        Assert.Equal(
            [
                (OrderStatus.Pending, OrderStatus.Paid), (OrderStatus.Pending, OrderStatus.Cancelled),
                (OrderStatus.Paid, OrderStatus.Shipped), (OrderStatus.Paid, OrderStatus.Cancelled),
                (OrderStatus.Shipped, OrderStatus.Delivered),
            ],
            allowed);
    }

    private static object CancelInput(int orderId) => new { input = new { orderId = ShopIds.OfOrder(orderId) } };

    private static object UpdateInput(int orderId, string status) => new { input = new { orderId = ShopIds.OfOrder(orderId), status } };

    /// <summary>A new customer's new order of <paramref name="quantity"/> units of a new product.</summary>
    private async Task<(TestUser Customer, Product Product, int OrderId)> PlaceAsync(int stock, int quantity)
    {
        var customer = await host.Data.AddUserAsync();
        var product = await host.Data.AddProductAsync(stock);
        var response = await host.PostAsync(customer, PlaceOrder, Input(NewKey(), (ShopIds.Of(product), quantity)));
        return (customer, product, ShopIds.OrderId(Succeeded(response, "placeOrder").GetProperty("order").String("id")));
    }

    /// <summary>Takes a pending order to <paramref name="status"/> the way an admin would.</summary>
    private async Task MoveAsync(int orderId, OrderStatus status)
    {
        string[] path = status switch
        {
            OrderStatus.Pending => [],
            OrderStatus.Paid => ["PAID"],
            OrderStatus.Shipped => ["PAID", "SHIPPED"],
            OrderStatus.Delivered => ["PAID", "SHIPPED", "DELIVERED"],
            _ => ["CANCELLED"],
        };
        var admin = await host.Data.AddUserAsync(UserRole.Admin);
        foreach (var step in path)
        {
            Succeeded(await host.PostAsync(admin, UpdateOrderStatus, UpdateInput(orderId, step)), "updateOrderStatus");
        }
    }
}
