using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Paging;

/// <summary>Binds the Relay connection types of the schema to <see cref="Connection{T}"/>, <see cref="Edge{T}"/> and <see cref="PageInfo"/>.</summary>
public static class PagingSchema
{
    public static ExecutableSchemaBuilder BindPageInfo(this ExecutableSchemaBuilder schema) => schema.BindType<PageInfo>("PageInfo");

    /// <summary>Binds <c>{node}Connection</c> and <c>{node}Edge</c>; <c>totalCount</c> is counted only when selected.</summary>
    public static ExecutableSchemaBuilder BindConnection<T>(this ExecutableSchemaBuilder schema, string nodeTypeName) => schema
        .BindType<Connection<T>>(nodeTypeName + "Connection")
        .BindType<Edge<T>>(nodeTypeName + "Edge")
        .Resolve<Connection<T>>(nodeTypeName + "Connection", "totalCount", async (connection, context) =>
            (object?)await connection.CountTotalAsync(context.CancellationToken));
}
