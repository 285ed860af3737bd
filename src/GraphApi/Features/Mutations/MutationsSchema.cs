using GraphApi.Features.Orders.Mutations;
using GraphApi.Features.Products.Mutations;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Features.Mutations;

/// <summary>
/// The shop's mutations in the HotChocolate mutation-conventions style: one <c>input</c> argument, a payload with
/// the result and a list of typed errors (a union per mutation of types implementing the interface <c>Error</c>).
/// </summary>
public static class MutationsSchema
{
    public static IServiceCollection AddShopMutations(this IServiceCollection services) => services
        .AddSingleton<OrderMutations>()
        .AddSingleton<ProductMutations>();

    public static ExecutableSchemaBuilder BindMutations(this ExecutableSchemaBuilder schema) => schema
        .BindType<ValidationError>(nameof(ValidationError))
        .BindType<ConcurrencyConflictError>(nameof(ConcurrencyConflictError))
        .BindOrderMutations()
        .BindProductMutations();
}
