using System.Text;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Shop.Sql;

/// <summary>
/// Markdown snapshots of mobile-shaped queries on the hand-written shop: the query, every SQL statement it sent
/// (SQLite) and the result, so a reader sees that each statement reads only the columns the selected fields need
/// (plus keys), joins the to-one relations, and that lists are batched.
/// </summary>
public sealed class ProjectionSnapshotTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    /// <param name="oneLevel">
    /// All statements are of one level: they run in parallel, so they are listed in the order of their text.
    /// </param>
    private async Task MatchAsync(string title, string query, TestUser? user, string snapshot, bool oneLevel = false, object? variables = null)
    {
        var (json, sql) = await shop.Host.ExecuteAsync(query, user, variables);
        if (oneLevel)
        {
            sql = sql.Order(StringComparer.Ordinal).ToList();
        }

        var text = new StringBuilder();
        text.Append("# ").Append(title).Append("\n\n");
        text.Append("Viewer: ").Append(user is null ? "anonymous" : $"user {user.Id} ({user.Role})").Append("\n\n");
        text.Append("```graphql\n").Append(query.Trim()).Append("\n```\n\n");
        if (variables is not null)
        {
            text.Append("Variables: `").Append(System.Text.Json.JsonSerializer.Serialize(variables)).Append("`\n\n");
        }

        text.Append("## SQL\n\n");
        text.Append(sql.Count).Append(sql.Count == 1 ? " statement" : " statements")
            .Append(oneLevel && sql.Count > 1 ? ", run in parallel (in the order of their text here)" : "").Append(".\n\n");
        foreach (var statement in sql)
        {
            text.Append("```sql\n").Append(statement.Trim()).Append("\n```\n\n");
        }

        text.Append("## Result\n\n```json\n").Append(json).Append("\n```\n");
        Snapshot.Match(text.ToString(), snapshot);
    }

    [Fact]
    public Task My_orders() =>
        MatchAsync("My orders with lines, products and categories", MobileQueries.MyOrders, KnownShop.Ann, "MyOrders.md", variables: MobileQueries.First(2));

    [Fact]
    public Task Product_list() =>
        MatchAsync("A product list page", MobileQueries.ProductList, null, "ProductList.md", variables: MobileQueries.First(3));

    [Fact]
    public Task Customers_with_orders() =>
        MatchAsync("Customers with their latest orders (admin)", MobileQueries.CustomersWithOrders(2, 2), KnownShop.Ada, "CustomersWithOrders.md");

    [Fact]
    public Task Product_detail() =>
        MatchAsync(
            "A product's detail screen",
            $$"""
            query ProductDetail {
              product(id: "{{GlobalId.Encode("Product", 1)}}") {
                name
                description
                price { amount currency }
                stockQuantity
                category { name slug }
              }
            }
            """,
            null,
            "ProductDetail.md");

    [Fact]
    public Task Refetching_nodes() =>
        MatchAsync(
            "Refetching cached objects by ID",
            $$"""
            query Refetch {
              nodes(ids: ["{{GlobalId.Encode("Product", 2)}}", "{{GlobalId.Encode("Order", 2)}}", "{{GlobalId.Encode("Product", 3)}}", "{{GlobalId.Encode("User", 1)}}"]) {
                id
                ... on Product { name stockQuantity }
                ... on Order { status total { amount currency } }
                ... on User { name }
              }
            }
            """,
            KnownShop.Ann,
            "Refetch.md",
            oneLevel: true);
}
