namespace GraphApi.Features.Mutations;

/// <summary>
/// A reason a mutation did not happen that the client is expected to handle: it is returned in the payload's
/// <c>errors</c> (the GraphQL interface <c>Error</c>), not raised as a GraphQL error. Each subtype is a GraphQL
/// object type of the same name.
/// </summary>
public abstract record MutationError(string Message);

/// <summary>An input value breaks a rule; <see cref="Field"/> is its path in the input, e.g. <c>lines[1].quantity</c>.</summary>
public sealed record ValidationError(string Message, string Field) : MutationError(Message);

/// <summary>The row changed since the client read it: its version is no longer the one the change was based on.</summary>
public sealed record ConcurrencyConflictError(string Message, long ExpectedVersion, long ActualVersion) : MutationError(Message);
