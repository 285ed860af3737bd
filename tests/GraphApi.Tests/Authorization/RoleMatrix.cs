using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;
using GraphApi.Tests.Shop.Mutations;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// One way of reaching a protected coordinate over HTTP: the request, the path of the value it is about, and what each
/// caller gets there. <paramref name="Name"/> tells probes of the same coordinate apart.
/// </summary>
public sealed record Probe(string Name, string Coordinate, string Query, object[] Path, IReadOnlyDictionary<Caller, Outcome> Expected)
{
    public object? Variables { get; init; }

    /// <summary>What an allowed caller's value must hold beyond being there, e.g. the viewer's own ID.</summary>
    public Action<JsonElement, Caller> CheckAllowed { get; init; } = (_, _) => { };
}

/// <summary>
/// Issue 5's matrix of the protected queries and mutations of the contract (schema/schema.graphql, <c>@authorize</c>)
/// against anonymous, customer, partner and admin callers of <see cref="RoleMatrixShop"/>. Mutations are sent with
/// inputs they turn down (an unknown ID, an invalid value), so that allowed callers get a typed error and the shop
/// stays as it is for every row. The subscriptions' matrix is <see cref="SubscriptionRoleMatrixTests"/>.
/// </summary>
public static class RoleMatrix
{
    private const Outcome A = Outcome.Allowed;
    private const Outcome U = Outcome.Unauthenticated;
    private const Outcome F = Outcome.Forbidden;
    private const Outcome H = Outcome.Hidden;

    private const string OwnOrders = "{ me { orders { nodes { id customer { id } } } } }";

    private static readonly string AnnsOrder = Party.OrderGlobalId(1);
    private static readonly string BobsOrder = Party.OrderGlobalId(4);
    private static readonly string MissingOrder = Party.OrderGlobalId(999);
    private static readonly string MissingProduct = GlobalId.Encode("Product", 999);
    private static readonly object Price = new { amount = 1m, currency = "EUR" };

    public static readonly IReadOnlyList<Probe> Probes =
    [
        new("Query.me", "Query.me", "{ me { id } }", ["me"], Callers(U, A, A, A))
        {
            CheckAllowed = (me, caller) => Assert.Equal(UserId(caller), me.String("id")),
        },
        new("Query.order", "Query.order", $$"""{ order(id: "{{AnnsOrder}}") { id } }""", ["order"], Callers(U, A, A, A))
        {
            CheckAllowed = (order, _) => Assert.Equal(AnnsOrder, order.String("id")),
        },
        new("Query.orders", "Query.orders", "{ orders { totalCount } }", ["orders"], Callers(U, A, A, A))
        {
            // Ann's own three; partners and admins every customer's five.
            CheckAllowed = (orders, caller) => Assert.Equal(caller == Caller.Customer ? 3 : 5, orders.Int("totalCount")),
        },
        new("Query.users", "Query.users", "{ users { totalCount } }", ["users"], Callers(U, F, F, A))
        {
            CheckAllowed = (users, _) => Assert.Equal(4, users.Int("totalCount")),
        },
        Mutation(
            "placeOrder", "PlaceOrderInput", "order", "ProductNotFoundError", Callers(U, A, A, A),
            new { lines = new[] { new { productId = MissingProduct, quantity = 1 } }, idempotencyKey = "role-matrix" }),
        Mutation("cancelOrder", "CancelOrderInput", "order", "OrderNotFoundError", Callers(U, A, A, A), new { orderId = MissingOrder }),
        Mutation(
            "updateOrderStatus", "UpdateOrderStatusInput", "order", "OrderNotFoundError", Callers(U, F, F, A),
            new { orderId = MissingOrder, status = "PAID" }),
        Mutation(
            "createProduct", "CreateProductInput", "product", "ValidationError", Callers(U, F, F, A),
            new { sku = "MATRIX-1", name = "", price = Price, categoryId = GlobalId.Encode("Category", 1) }),
        Mutation("updateProduct", "UpdateProductInput", "product", "ProductNotFoundError", Callers(U, F, F, A), new { productId = MissingProduct, name = "Renamed" }),
        Mutation("setProductPrice", "SetProductPriceInput", "product", "ProductNotFoundError", Callers(U, F, F, A), new { productId = MissingProduct, price = Price }),
        Mutation("adjustStock", "AdjustStockInput", "product", "ProductNotFoundError", Callers(U, F, F, A), new { productId = MissingProduct, delta = 1 }),

        // Objects by global ID: node needs no sign-in, and the SQL reads only the rows the caller may see.
        new("Order", "Order", $$"""{ node(id: "{{BobsOrder}}") { ... on Order { id } } }""", ["node"], Callers(H, H, A, A))
        {
            CheckAllowed = (order, _) => Assert.Equal(BobsOrder, order.String("id")),
        },
        new("User", "User", $$"""{ node(id: "{{Party.Bob.UserGlobalId}}") { ... on User { id name } } }""", ["node"], Callers(H, H, A, A))
        {
            CheckAllowed = (user, _) => Assert.Equal((Party.Bob.UserGlobalId, "Bob"), (user.String("id"), user.String("name"))),
        },

        // The types again, on the paths their readers own: a customer's own orders and their customer, and the customer
        // of an order a partner fulfils.
        new("Order, among the customer's own", "Order", OwnOrders, ["me", "orders", "nodes", 0], Only(Caller.Customer, A))
        {
            CheckAllowed = (order, _) => Assert.Contains(order.String("id"), Party.Ann.OrderIds.Select(Party.OrderGlobalId)),
        },
        new("User, as the customer of their own orders", "User", OwnOrders, ["me", "orders", "nodes", 0, "customer"], Only(Caller.Customer, A))
        {
            CheckAllowed = (customer, _) => Assert.Equal(Party.Ann.UserGlobalId, customer.String("id")),
        },
        new(
            "User, as the customer of an order",
            "User",
            $$"""{ order(id: "{{BobsOrder}}") { customer { name email } } }""",
            ["order", "customer"],
            new Dictionary<Caller, Outcome> { [Caller.Customer] = H, [Caller.Partner] = A, [Caller.Admin] = A })
        {
            CheckAllowed = (customer, _) => Assert.Equal(("Bob", "bob@example.com"), (customer.String("name"), customer.String("email"))),
        },
    ];

    /// <summary>The coordinates the probes cover ("Type.field", or "Type" for an object type).</summary>
    public static IReadOnlyList<string> Coordinates => Probes.Select(p => p.Coordinate).Distinct().ToList();

    /// <summary>One theory row per probe and caller: the probe's name, the caller, the outcome expected.</summary>
    public static TheoryData<string, Caller, Outcome> Rows
    {
        get
        {
            var rows = new TheoryData<string, Caller, Outcome>();
            foreach (var probe in Probes)
            {
                foreach (var (caller, outcome) in probe.Expected)
                {
                    rows.Add(probe.Name, caller, outcome);
                }
            }

            return rows;
        }
    }

    public static Probe Named(string name) => Probes.Single(p => p.Name == name);

    private static string UserId(Caller caller) => ShopIds.Of(RoleMatrixShop.UserOf(caller)!);

    private static Dictionary<Caller, Outcome> Callers(Outcome anonymous, Outcome customer, Outcome partner, Outcome admin) => new()
    {
        [Caller.Anonymous] = anonymous,
        [Caller.Customer] = customer,
        [Caller.Partner] = partner,
        [Caller.Admin] = admin,
    };

    private static Dictionary<Caller, Outcome> Only(Caller caller, Outcome outcome) => new() { [caller] = outcome };

    /// <summary>
    /// A mutation sent with <paramref name="input"/>, which it turns down: an allowed caller gets its payload with the
    /// result (<paramref name="resultField"/>) null and the one typed error <paramref name="typedError"/>.
    /// </summary>
    private static Probe Mutation(string field, string inputType, string resultField, string typedError, Dictionary<Caller, Outcome> expected, object input) =>
        new(
            "Mutation." + field,
            "Mutation." + field,
            $"mutation ($input: {inputType}!) {{ {field}(input: $input) {{ {resultField} {{ id }} errors {{ __typename }} }} }}",
            [field],
            expected)
        {
            Variables = new { input },
            CheckAllowed = (payload, _) =>
            {
                Assert.Equal(JsonValueKind.Null, payload.GetProperty(resultField).ValueKind);
                var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
                Assert.Equal(typedError, error.String("__typename"));
            },
        };
}
