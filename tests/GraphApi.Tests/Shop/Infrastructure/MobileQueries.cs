namespace GraphApi.Tests.Shop.Infrastructure;

/// <summary>
/// The canonical queries of the shop's mobile app, shared by the statement-count tests, the SQL snapshots and
/// the load benchmark (<c>tests/GraphApi.Benchmarks/load</c> sends the same texts).
/// </summary>
public static class MobileQueries
{
    /// <summary>The order history screen: my orders with their lines, products and categories. Two list levels.</summary>
    public static string MyOrders(int pageSize) => $$"""
        query MyOrders {
          orders(first: {{pageSize}}) {
            pageInfo { hasNextPage endCursor }
            nodes {
              id
              status
              placedAt
              total { amount currency }
              lines {
                quantity
                lineTotal { amount currency }
                product { id name price { amount currency } category { name } }
              }
            }
          }
        }
        """;

    /// <summary>The catalogue screen: a page of products in stock, cheapest first, with their categories. One list level.</summary>
    public static string ProductList(int pageSize) => $$"""
        query ProductList {
          products(first: {{pageSize}}, where: { inStock: true }, order: { field: PRICE }) {
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node { id name price { amount currency } inStock category { id name } }
            }
          }
        }
        """;

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
}
