using System.Security.Claims;
using GraphApi.Features.Orders;
using GraphApi.Features.Users;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.GraphQL;

/// <summary>
/// The policies the contract's <c>@authorize(policy:)</c> names (schema/schema.graphql). The engine runs them
/// whenever a value is completed as <c>Order</c> or <c>User</c>, whatever the path to it. The queries filter by the
/// same rules in SQL (<c>OrderQueries.VisibleTo</c>, <c>UserQueries.VisibleTo</c>), so a denied row is normally
/// never read; these are what still stands if some path hands over a row its query did not filter.
/// </summary>
public static class ShopPolicies
{
    /// <summary>The order's customer, partners and admins.</summary>
    public const string OrderReader = "orderReader";

    /// <summary>The user themselves, admins, and partners (who reach users as the customers of orders).</summary>
    public const string UserReader = "userReader";

    public static ExecutableSchemaBuilder BindShopPolicies(this ExecutableSchemaBuilder schema) => schema
        .AddAuthorizationPolicy(OrderReader, context => MayRead(context.User, context.ValueAs<Order>()))
        .AddAuthorizationPolicy(UserReader, context => MayRead(context.User, context.ValueAs<User>()));

    /// <summary><see cref="OrderReader"/>: whether <paramref name="user"/> may read <paramref name="order"/>.</summary>
    public static bool MayRead(ClaimsPrincipal user, Order order) =>
        Viewer.From(user) is { } viewer && (viewer.SeesEveryOrder || order.CustomerId == viewer.UserId);

    /// <summary><see cref="UserReader"/>: whether <paramref name="user"/> may read <paramref name="account"/>.</summary>
    public static bool MayRead(ClaimsPrincipal user, User account) =>
        Viewer.From(user) is { } viewer && (viewer.IsAdmin || viewer.IsPartner || account.Id == viewer.UserId);
}
