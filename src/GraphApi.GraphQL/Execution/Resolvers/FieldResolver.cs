namespace GraphApi.GraphQL.Execution.Resolvers;

/// <summary>
/// Produces the value of one field for one parent object (spec §6.4.2 ResolveFieldValue). Synchronous
/// resolvers return a completed <see cref="ValueTask{TResult}"/>, which costs no allocation.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// Produces the source event stream of a subscription root field (spec §6.2.3.1 ResolveFieldEventStream).
/// Each event then runs through the field's <see cref="FieldResolver"/> with the event as its parent.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);
