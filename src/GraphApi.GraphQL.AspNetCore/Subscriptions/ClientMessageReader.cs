using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Unicode;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Reads and validates one graphql-transport-ws message (graphql-ws-protocol.md, Message types). Anything
/// else is an invalid message, which closes the socket with 4400; the error says why in few enough words
/// to fit a close frame.
/// </summary>
internal static class ClientMessageReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static bool TryRead(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out ClientMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        if (!Utf8.IsValid(utf8.Span))
        {
            error = "Invalid message: not UTF-8";
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException)
        {
            error = "Invalid message: not JSON";
            return false;
        }

        using (document)
        {
            return TryRead(document.RootElement, out message, out error);
        }
    }

    private static bool TryRead(JsonElement root, [NotNullWhen(true)] out ClientMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"Invalid message: {Describe(root.ValueKind)}, not an object";
            return false;
        }

        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            error = "Invalid message: no \"type\" string";
            return false;
        }

        string type = typeElement.GetString()!;
        switch (type)
        {
            case "connection_init":
                return TryReadPayloadMessage(root, type, ClientMessageType.ConnectionInit, out message, out error);
            case "ping":
                return TryReadPayloadMessage(root, type, ClientMessageType.Ping, out message, out error);
            case "pong":
                return TryReadPayloadMessage(root, type, ClientMessageType.Pong, out message, out error);
            case "subscribe":
                return TryReadSubscribe(root, out message, out error);
            case "complete":
                if (!TryReadId(root, type, out var id, out error))
                {
                    return false;
                }

                message = new ClientMessage(ClientMessageType.Complete, id);
                return true;
            case "connection_ack" or "next" or "error":
                error = $"Invalid message: \"{type}\" goes from server to client";
                return false;
            default:
                error = $"Invalid message type \"{type}\"";
                return false;
        }
    }

    private static bool TryReadPayloadMessage(JsonElement root, string type, ClientMessageType kind, [NotNullWhen(true)] out ClientMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        if (!TryReadOptionalObject(root, "payload", out var payload))
        {
            error = $"Invalid message: the \"{type}\" payload must be an object";
            return false;
        }

        message = new ClientMessage(kind, Payload: payload);
        error = null;
        return true;
    }

    private static bool TryReadSubscribe(JsonElement root, [NotNullWhen(true)] out ClientMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        if (!TryReadId(root, "subscribe", out var id, out error))
        {
            return false;
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            error = "Invalid message: \"subscribe\" needs a \"payload\" object";
            return false;
        }

        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            error = "Invalid message: the \"subscribe\" payload needs a \"query\" string";
            return false;
        }

        string? operationName = null;
        if (payload.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                error = "Invalid message: \"operationName\" must be a string";
                return false;
            }

            operationName = name.GetString();
        }

        if (!TryReadOptionalObject(payload, "variables", out var variables))
        {
            error = "Invalid message: \"variables\" must be an object";
            return false;
        }

        if (!TryReadOptionalObject(payload, "extensions", out var extensions))
        {
            error = "Invalid message: \"extensions\" must be an object";
            return false;
        }

        var request = new GraphQLRequest { Query = query.GetString(), OperationName = operationName, Variables = variables, Extensions = extensions };
        message = new ClientMessage(ClientMessageType.Subscribe, id, Request: request);
        return true;
    }

    private static bool TryReadId(JsonElement root, string type, [NotNullWhen(true)] out string? id, [NotNullWhen(false)] out string? error)
    {
        if (root.TryGetProperty("id", out var element) && element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } value)
        {
            id = value;
            error = null;
            return true;
        }

        id = null;
        error = $"Invalid message: \"{type}\" needs a non-empty \"id\" string";
        return false;
    }

    /// <summary>An object member copied out of the document, or null when the member is missing or null; false for anything else.</summary>
    private static bool TryReadOptionalObject(JsonElement parent, string name, out JsonElement? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        value = element.Clone();
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
