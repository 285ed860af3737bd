using GraphApi.Features.Nodes;
using GraphApi.Features.Orders;
using GraphApi.Features.Products;
using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Shop.Mutations;

/// <summary>The global IDs clients see, for the rows tests create.</summary>
public static class ShopIds
{
    public static string Of(Product product) => GlobalId.Encode("Product", product.Id);

    public static string Of(Category category) => GlobalId.Encode("Category", category.Id);

    public static string Of(TestUser user) => GlobalId.Encode("User", user.Id);

    public static string OfOrder(int orderId) => GlobalId.Encode("Order", orderId);

    /// <summary>The database ID of a global order ID.</summary>
    public static int OrderId(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, out var type, out var id));
        Assert.Equal("Order", type);
        return id;
    }
}
