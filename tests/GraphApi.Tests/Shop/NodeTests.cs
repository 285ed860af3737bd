using System.Text;
using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;
using static GraphApi.Tests.Shop.Infrastructure.KnownShop;

namespace GraphApi.Tests.Shop;

/// <summary>Relay Global Object Identification: <c>Query.node</c> and <c>Query.nodes</c> refetch every type that implements <c>Node</c>.</summary>
public sealed class NodeTests(KnownShopFixture shop) : IClassFixture<KnownShopFixture>
{
    private const string AllTypes = """
        __typename id
        ... on Product { name }
        ... on Category { name }
        ... on Order { status }
        ... on User { name }
        """;

    [Theory]
    [InlineData("Product", 3, "name", "Chess Set")]
    [InlineData("Category", 2, "name", "Games")]
    [InlineData("Order", 4, "status", "CANCELLED")]
    [InlineData("User", 2, "name", "Bob")]
    public async Task Node_refetches_every_type_by_its_id(string type, int id, string field, string value)
    {
        var globalId = GlobalId.Encode(type, id);

        var response = await shop.Host.PostAsync($$"""{ node(id: "{{globalId}}") { {{AllTypes}} } }""", Ada);

        var node = response.Data().At("node");
        Assert.Equal(type, node.At("__typename").GetString());
        Assert.Equal(globalId, node.At("id").GetString());
        Assert.Equal(value, node.At(field).GetString());
    }

    [Fact]
    public async Task An_id_from_a_list_refetches_the_same_object()
    {
        var listed = await shop.Host.PostAsync("{ products(first: 1, order: { field: PRICE, direction: DESC }) { nodes { id name } } }");
        var product = listed.Data().At("products", "nodes", 0);

        var refetched = await shop.Host.PostAsync($$"""{ node(id: "{{product.At("id").GetString()}}") { ... on Product { name } } }""");

        Assert.Equal(product.At("name").GetString(), refetched.Data().At("node", "name").GetString());
    }

    [Fact]
    public async Task Orders_and_users_are_nodes_only_for_who_may_see_them()
    {
        var query = $$"""{ nodes(ids: ["{{GlobalId.Encode("Order", 1)}}", "{{GlobalId.Encode("Order", 4)}}", "{{GlobalId.Encode("User", 1)}}", "{{GlobalId.Encode("User", 2)}}"]) { id } }""";

        var ann = (await shop.Host.PostAsync(query, Ann)).Data().At("nodes");
        var anonymous = (await shop.Host.PostAsync(query)).Data().At("nodes");

        Assert.Equal(
            new[] { JsonValueKind.Object, JsonValueKind.Null, JsonValueKind.Object, JsonValueKind.Null },
            ann.EnumerateArray().Select(n => n.ValueKind));
        Assert.All(anonymous.EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task Nodes_answers_in_the_order_asked_with_null_for_what_is_missing()
    {
        string[] ids =
        [
            GlobalId.Encode("User", 3), GlobalId.Encode("Product", 1), GlobalId.Encode("Product", 999),
            GlobalId.Encode("Category", 3), GlobalId.Encode("Order", 5), GlobalId.Encode("Product", 1),
        ];

        var response = await shop.Host.PostAsync($$"""{ nodes(ids: {{JsonSerializer.Serialize(ids)}}) { {{AllTypes}} } }""", Ada);

        var nodes = response.Data().At("nodes");
        Assert.Equal(ids.Length, nodes.GetArrayLength());
        Assert.Equal(
            new[] { "User", "Product", null, "Category", "Order", "Product" },
            nodes.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : n.At("__typename").GetString()));
        Assert.Equal(ids[1], nodes.At(5, "id").GetString());
    }

    [Fact]
    public async Task Nodes_reads_each_type_in_one_statement()
    {
        var ids = new[] { 1, 2, 3, 4, 5 }.Select(id => GlobalId.Encode("Product", id))
            .Concat([GlobalId.Encode("Category", 1), GlobalId.Encode("Category", 2)]);

        var response = await shop.Host.PostAsync($$"""{ nodes(ids: {{JsonSerializer.Serialize(ids)}}) { id ... on Product { name } ... on Category { name } } }""");

        Assert.Equal(7, response.Data().At("nodes").GetArrayLength());
        Assert.Equal(2, response.Json.At("extensions", "sqlCommands").GetInt32());
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("UHJvZHVjdA==")] // "Product": no ID
    [InlineData("UHJvZHVjdDp4")] // "Product:x"
    [InlineData("RmxvYXQ6MQ==")] // "Float:1": no such node type
    [InlineData("UHJvZHVjdDowCg==")] // "Product:0\n"
    public async Task An_id_that_is_not_one_of_this_api_is_a_bad_user_input_error(string id)
    {
        var response = await shop.Host.PostAsync($$"""{ node(id: "{{id}}") { id } }""");

        Assert.Equal(($"Argument \"id\" is not an ID of this API: \"{id}\".", "BAD_USER_INPUT"), response.SingleError());
    }

    [Fact]
    public async Task A_bad_id_among_nodes_names_its_position()
    {
        var response = await shop.Host.PostAsync($$"""{ nodes(ids: ["{{GlobalId.Encode("Product", 1)}}", "bad"]) { id } }""");

        Assert.Equal(("Argument \"ids[1]\" is not an ID of this API: \"bad\".", "BAD_USER_INPUT"), response.SingleError());
    }

    [Fact]
    public async Task Nodes_takes_at_most_one_hundred_ids()
    {
        var ids = Enumerable.Range(1, NodesSchema.MaxIds + 1).Select(id => GlobalId.Encode("Product", id));

        var response = await shop.Host.PostAsync($$"""{ nodes(ids: {{JsonSerializer.Serialize(ids)}}) { id } }""");

        Assert.Equal(("Argument \"ids\" of \"Query.nodes\" may hold at most 100 IDs, but holds 101.", "BAD_USER_INPUT"), response.SingleError());
    }

    [Fact]
    public void Ids_are_base64_of_the_type_and_the_database_id()
    {
        Assert.Equal("Product:42", Encoding.UTF8.GetString(Convert.FromBase64String(GlobalId.Encode("Product", 42))));
        Assert.True(GlobalId.TryDecode(GlobalId.Encode("Order", 7), out var type, out var id));
        Assert.Equal(("Order", 7), (type, id));
    }
}
