using System.Text.Json;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution.Serialization;

/// <summary>
/// Writes a <see cref="GraphQLError"/> in the response shape (spec §7.1.2 Errors): <c>message</c>, then
/// <c>locations</c>, <c>path</c> and <c>extensions</c>, each left out when the error has none.
/// </summary>
public static class GraphQLErrorWriter
{
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");

    public static void Write(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString(MessageName, error.Message);

        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName(LocationsName);
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(LineName, location.Line);
                writer.WriteNumber(ColumnName, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName(PathName);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                switch (segment)
                {
                    case string key:
                        writer.WriteStringValue(key);
                        break;
                    case int index:
                        writer.WriteNumberValue(index);
                        break;
                    default:
                        throw new InvalidOperationException(
                            $"A response path holds response keys (string) and list indices (int), not {segment.GetType()}.");
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            writer.WriteStartObject();
            foreach (var entry in extensions)
            {
                writer.WritePropertyName(entry.Key);
                ExecutionResultWriter.WriteValue(writer, entry.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
