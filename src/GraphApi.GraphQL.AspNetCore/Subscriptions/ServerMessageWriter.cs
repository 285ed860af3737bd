using System.Text.Json;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Writes the graphql-transport-ws messages the server sends (graphql-ws-protocol.md, Message types) as
/// JSON; a payload that is absent is left out, as the protocol's optional fields are.
/// </summary>
internal static class ServerMessageWriter
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PayloadName = JsonEncodedText.Encode("payload");

    public static void WriteConnectionAck(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? payload)
    {
        Start(writer, "connection_ack", null);
        if (payload is not null)
        {
            writer.WritePropertyName(PayloadName);
            ExecutionResultWriter.WriteValue(writer, payload);
        }

        writer.WriteEndObject();
    }

    /// <summary><c>ping</c> or <c>pong</c>; a pong answers with the ping's payload.</summary>
    public static void WritePingOrPong(Utf8JsonWriter writer, string type, JsonElement? payload)
    {
        Start(writer, type, null);
        if (payload is { } value)
        {
            writer.WritePropertyName(PayloadName);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    public static void WriteNext(Utf8JsonWriter writer, string id, ExecutionResult result)
    {
        Start(writer, "next", id);
        writer.WritePropertyName(PayloadName);
        ExecutionResultWriter.Write(writer, result);
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, string id, IReadOnlyList<GraphQLError> errors)
    {
        Start(writer, "error", id);
        writer.WritePropertyName(PayloadName);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            GraphQLErrorWriter.Write(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteComplete(Utf8JsonWriter writer, string id)
    {
        Start(writer, "complete", id);
        writer.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter writer, string type, string? id)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString(IdName, id);
        }

        writer.WriteString(TypeName, type);
    }
}
