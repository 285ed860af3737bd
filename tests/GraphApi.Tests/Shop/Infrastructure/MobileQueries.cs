namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>
/// The canonical queries of the shop's mobile app. The two the load benchmark sends are read from its folder
/// (<c>tests/GraphApi.Benchmarks/load/queries</c>), so that tests and benchmark measure the same texts; each takes
/// its page size as <c>$first</c>.
/// </summary>
public static class MobileQueries
{
    /// <summary>The order history screen: my orders with their lines, products and categories. Two list levels.</summary>
    public static string MyOrders { get; } = Read("my-orders.graphql");

    /// <summary>The catalogue screen: a page of products in stock, cheapest first, with their categories. One list level.</summary>
    public static string ProductList { get; } = Read("product-list.graphql");

    /// <summary>The variables of a page of <paramref name="first"/> items.</summary>
    public static object First(int first) => new { first };

    /// <summary>The back office's customer list: users, each with their latest orders and what was in them. Three list levels.</summary>
    public static string CustomersWithOrders(int usersPerPage, int ordersPerUser) => $$"""
        query CustomersWithOrders {
          users(first: {{usersPerPage}}) {
            nodes {
              name
              email
              orders(first: {{ordersPerUser}}) {
                nodes {
                  placedAt
                  total { amount currency }
                  lines { quantity product { name } }
                }
              }
            }
          }
        }
        """;

    private static string Read(string file) =>
        File.ReadAllText(RepoPaths.Combine("tests", "GraphApi.Benchmarks", "load", "queries", file)).ReplaceLineEndings("\n");
}
