using System.Text.Json;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Authorization.Party;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// Ownership is a condition of the SQL itself: when a customer asks for another customer's order, the statement
/// that reads orders is restricted to the customer's own rows, so the other row is never read (rather than read and
/// dropped afterwards, where a later change could let it through). Runs in process to see the SQL.
/// </summary>
public sealed class IdorSqlTests(SignedInShop shop) : IClassFixture<SignedInShop>
{
    [Theory]
    [InlineData("Ann", 4, "order")]
    [InlineData("Ann", 5, "order")]
    [InlineData("Bob", 1, "order")]
    [InlineData("Ann", 4, "node")]
    [InlineData("Bob", 2, "node")]
    [InlineData("Ann", 5, "nodes")]
    public async Task Reading_someone_elses_order_by_id_filters_on_the_customer_in_the_sql(string reader, int orderId, string field)
    {
        var id = OrderGlobalId(orderId);
        var query = field switch
        {
            "order" => $$"""{ order(id: "{{id}}") { id status } }""",
            "node" => $$"""{ order: node(id: "{{id}}") { id ... on Order { status } } }""",
            _ => $$"""{ order: nodes(ids: ["{{id}}"]) { id ... on Order { status } } }""",
        };

        var (json, sql) = await shop.Host.ExecuteAsync(query, Named(reader).User);
        var (adminJson, adminSql) = await shop.Host.ExecuteAsync(query, Ada.User);

        Assert.Equal(JsonValueKind.Null, Order(json).ValueKind);
        Assert.Contains("\"CustomerId\" = @", WhereOfOrdersStatement(sql), StringComparison.Ordinal);

        // Control: the admin's statement has no such condition, and it finds the order, so the customer's found
        // nothing because of the condition, not because the query missed the row.
        Assert.Equal(id, Order(adminJson).At("id").GetString());
        Assert.DoesNotContain("\"CustomerId\"", WhereOfOrdersStatement(adminSql), StringComparison.Ordinal);
    }

    /// <summary>The order a response holds: <c>data.order</c>, or its single item when it is a list (<c>nodes</c>).</summary>
    private static JsonElement Order(string json)
    {
        var order = JsonDocument.Parse(json).RootElement.At("data", "order");
        return order.ValueKind == JsonValueKind.Array ? Assert.Single(order.EnumerateArray()) : order;
    }

    /// <summary>The WHERE clause of the request's one statement that reads the Orders table.</summary>
    private static string WhereOfOrdersStatement(IReadOnlyList<string> sql)
    {
        var statement = Assert.Single(sql, s => s.Contains("FROM \"Orders\"", StringComparison.Ordinal));
        var where = statement.IndexOf("WHERE", StringComparison.Ordinal);
        Assert.True(where >= 0, "The statement reading orders has no WHERE clause: " + statement);
        return statement[where..];
    }
}
