using GraphApi.Features.GraphQL;
using GraphApi.Features.GraphQL.Projection;
using GraphApi.Features.Orders;
using GraphApi.Features.Orders.GraphQL;
using GraphApi.Features.Products;
using GraphApi.Features.Products.GraphQL;
using GraphApi.Features.Users;
using GraphApi.Features.Users.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Resolvers;
using GraphApi.GraphQL.Types;

namespace GraphApi.Features.Nodes;

/// <summary>
/// Relay Global Object Identification: <c>Query.node</c> and <c>Query.nodes</c> refetch any <c>Node</c> by its
/// <see cref="GlobalId"/>, through the same DataLoaders (and visibility rules) as the rest of the API, so that
/// <c>nodes</c> reads each type in one statement.
/// </summary>
public static class NodesSchema
{
    /// <summary>The most IDs <c>Query.nodes</c> takes: one page's worth, like connections.</summary>
    public const int MaxIds = 100;

    public static ExecutableSchemaBuilder BindNodes(this ExecutableSchemaBuilder schema)
    {
        var types = new NodeTypes(schema.Schema);
        return schema
            .Resolve("Query", "node", context =>
            {
                var loader = new NodeLoader(context, types);
                return ValueTasks.Boxed(loader.LoadAsync(context.Argument<string>("id"), "id"));
            })
            .Resolve("Query", "nodes", context =>
            {
                var ids = context.Argument<string[]>("ids");
                if (ids.Length > MaxIds)
                {
                    throw new FieldErrorException(
                        $"Argument \"ids\" of \"Query.nodes\" may hold at most {MaxIds} IDs, but holds {ids.Length}.", ShopErrorCodes.BadUserInput);
                }

                var loader = new NodeLoader(context, types);
                var loads = ids.Select((id, i) => loader.LoadAsync(id, $"ids[{i}]")).ToArray();
                return ValueTasks.Boxed(Task.WhenAll(loads));
            });
    }

    /// <summary>The object types implementing <c>Node</c>, whose selections a node's projection reads.</summary>
    private sealed class NodeTypes(Schema schema)
    {
        public ObjectType Product { get; } = Get(schema, nameof(Products.Product));

        public ObjectType Category { get; } = Get(schema, nameof(Products.Category));

        public ObjectType Order { get; } = Get(schema, nameof(Orders.Order));

        public ObjectType User { get; } = Get(schema, nameof(Users.User));

        private static ObjectType Get(Schema schema, string name) =>
            schema.GetType(name) as ObjectType ?? throw new InvalidOperationException($"The schema has no object type {name} to refetch as a Node.");
    }

    /// <summary>Loads nodes of one <c>node</c> or <c>nodes</c> field: each through the loader of its type and projection.</summary>
    private sealed class NodeLoader(IResolverContext context, NodeTypes types)
    {
        private readonly RequestLoaders _loaders = RequestLoaders.Of(context);
        private readonly Viewer? _viewer = Viewer.From(context.User);

        public Task<object?> LoadAsync(string globalId, string argument)
        {
            if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            {
                throw NotAnId(globalId, argument);
            }

            var token = context.CancellationToken;
            return typeName switch
            {
                nameof(Product) => Widen(ProductByIdLoader.Of(_loaders, ProductProjections.Product.For(On(types.Product))).LoadAsync(id, token)),
                nameof(Category) => Widen(CategoryByIdLoader.Of(_loaders, ProductProjections.Category.For(On(types.Category))).LoadAsync(id, token)),
                nameof(Order) => Widen(OrderByIdLoader.Of(_loaders, OrderProjections.Order.For(On(types.Order)), _viewer).LoadAsync(id, token)),
                nameof(User) => Widen(UserByIdLoader.Of(_loaders, UserProjections.User.For(On(types.User)), _viewer).LoadAsync(id, token)),
                _ => throw NotAnId(globalId, argument),
            };
        }

        private IReadOnlyList<ISelectedField> On(ObjectType type) => context.Selection.SelectionsOn(type);

        private static async Task<object?> Widen<T>(Task<T> load) => await load.ConfigureAwait(false);

        private static FieldErrorException NotAnId(string globalId, string argument) =>
            new($"Argument \"{argument}\" is not an ID of this API: \"{globalId}\".", ShopErrorCodes.BadUserInput);
    }
}
