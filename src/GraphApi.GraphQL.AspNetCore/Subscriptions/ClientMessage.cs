using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>The graphql-transport-ws messages a client may send.</summary>
internal enum ClientMessageType
{
    ConnectionInit,
    Ping,
    Pong,
    Subscribe,
    Complete,
}

/// <summary>
/// A client message that passed validation: <see cref="Id"/> for <c>subscribe</c> and <c>complete</c>,
/// <see cref="Payload"/> (an object, copied out of the frame) for the others, <see cref="Request"/> for
/// <c>subscribe</c>.
/// </summary>
internal sealed record ClientMessage(ClientMessageType Type, string? Id = null, JsonElement? Payload = null, GraphQLRequest? Request = null);
