using System.Linq.Expressions;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Orders;
using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Products.GraphQL;
using GraphApi.GraphQL.Types;
using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Shop;

/// <summary>Projections: what a selection reads, and that a plan's selection builds its projection once.</summary>
public sealed class ProjectionTests
{
    private static readonly Schema Schema = SchemaBuilder.Build(File.ReadAllText(RepoPaths.Combine("schema", "schema.graphql")));

    private static ObjectType Type(string name) => (ObjectType)Schema.GetType(name)!;

    [Fact]
    public void A_field_missing_from_a_projection_map_fails_loudly()
    {
        var partial = new ProjectionMap<GraphApi.Features.Products.Category>("Category", c => c.Id).Field("name", c => c.Name);

        var error = Assert.Throws<InvalidOperationException>(() =>
            partial.For(ParsedSelection.On(Type("Category"), "name slug")));

        Assert.Equal("The projection of Category does not say what the field \"slug\" reads; declare it in its ProjectionMap.", error.Message);
    }

    [Fact]
    public void Projections_read_the_key_what_the_fields_need_and_joined_relations()
    {
        var product = ProductProjections.Product.For(ParsedSelection.On(Type("Product"), "id price { amount } inStock category { slug }"));
        var line = OrderProjections.Line.For(ParsedSelection.On(Type("OrderLine"), "unitPrice { amount } lineTotal { currency }"));

        Assert.Equal("Category(Id,Slug),Currency,Id,PriceMinor,StockQuantity", product.Key);
        Assert.Equal("Id,LineTotalMinor,Order(Currency),UnitPriceMinor", line.Key);
    }

    [Fact]
    public void A_selection_builds_its_projection_once_per_list_of_extra_members()
    {
        var selection = ParsedSelection.On(Type("OrderLine"), "quantity");
        LambdaExpression[] byOrder = [(OrderLine l) => l.OrderId];

        var first = OrderProjections.Line.For(selection, byOrder);
        var again = OrderProjections.Line.For(selection, byOrder);
        var plain = OrderProjections.Line.For(selection);

        Assert.Same(first, again);
        Assert.NotSame(first, plain);
        Assert.Same(plain, OrderProjections.Line.For(selection));
        Assert.Equal("Id,OrderId,Quantity", first.Key);
        Assert.Equal("Id,Quantity", plain.Key);
    }

    [Fact]
    public void Extra_member_lists_made_anew_each_time_are_not_kept_beyond_a_bound()
    {
        var selection = ParsedSelection.On(Type("OrderLine"), "quantity");

        var projections = Enumerable.Range(0, 20).Select(_ => OrderProjections.Line.For(selection, [(OrderLine l) => l.OrderId])).ToList();
        LambdaExpression[] later = [(OrderLine l) => l.OrderId];

        Assert.All(projections, p => Assert.Equal("Id,OrderId,Quantity", p.Key));
        Assert.NotSame(OrderProjections.Line.For(selection, later), OrderProjections.Line.For(selection, later));
    }
}
