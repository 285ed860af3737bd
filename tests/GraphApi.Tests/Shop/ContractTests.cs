using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Types;

namespace GraphApi.Tests.Shop;

/// <summary>
/// The contract <c>schema/schema.graphql</c> (the server prints it back exactly: <c>HostTests</c>) describes
/// everything it declares, and the projections know what every field of the types they read needs.
/// </summary>
public sealed class ContractTests
{
    private static readonly Schema Schema = SchemaBuilder.Build(File.ReadAllText(RepoPaths.Combine("schema", "schema.graphql")));

    /// <summary>Every element of the contract that lacks a description, e.g. <c>Product.name</c> or <c>Query.products(first:)</c>.</summary>
    private static IEnumerable<string> Undescribed()
    {
        if (string.IsNullOrWhiteSpace(Schema.Description))
        {
            yield return "schema";
        }

        foreach (var type in Schema.Types)
        {
            if (type.IsIntrospectionType || type is ScalarType { IsBuiltIn: true })
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(type.Description))
            {
                yield return type.Name;
            }

            switch (type)
            {
                case FieldsType fields:
                    foreach (var field in fields.Fields)
                    {
                        if (string.IsNullOrWhiteSpace(field.Description))
                        {
                            yield return $"{type.Name}.{field.Name}";
                        }

                        foreach (var argument in field.Arguments)
                        {
                            if (string.IsNullOrWhiteSpace(argument.Description))
                            {
                                yield return $"{type.Name}.{field.Name}({argument.Name}:)";
                            }
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        if (string.IsNullOrWhiteSpace(field.Description))
                        {
                            yield return $"{type.Name}.{field.Name}";
                        }
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        if (string.IsNullOrWhiteSpace(value.Description))
                        {
                            yield return $"{type.Name}.{value.Name}";
                        }
                    }

                    break;
            }
        }
    }

    [Fact]
    public void Every_type_field_argument_and_value_has_a_description() => Assert.Empty(Undescribed());

    [Fact]
    public void The_read_side_has_the_issues_entry_points_with_relay_arguments()
    {
        var query = Schema.QueryType!;
        foreach (var field in new[] { "node", "nodes", "me", "product", "categories", "products", "order", "orders", "users" })
        {
            Assert.NotNull(query.Fields[field]);
        }

        foreach (var connection in new[] { query.Fields["products"]!, query.Fields["orders"]!, query.Fields["users"]!, ((ObjectType)Schema.GetType("User")!).Fields["orders"]! })
        {
            Assert.Equal(["first", "after", "last", "before"], connection.Arguments.Select(a => a.Name).Take(4));
        }

        Assert.Equal("[Node]!", query.Fields["nodes"]!.Type.ToString());
        Assert.Equal("[ID!]!", query.Fields["nodes"]!.Arguments["ids"]!.Type.ToString());
    }

    public static TheoryData<string, IEnumerable<string>> Maps() => new()
    {
        { ProductProjections.Product.TypeName, ProductProjections.Product.FieldNames },
        { ProductProjections.Category.TypeName, ProductProjections.Category.FieldNames },
        { OrderProjections.Order.TypeName, OrderProjections.Order.FieldNames },
        { OrderProjections.Line.TypeName, OrderProjections.Line.FieldNames },
        { UserProjections.User.TypeName, UserProjections.User.FieldNames },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void Each_projection_map_declares_every_field_of_its_type(string typeName, IEnumerable<string> declared)
    {
        var type = (ObjectType)Schema.GetType(typeName)!;

        Assert.Equal(type.Fields.Select(f => f.Name).Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }
}
