using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Tests.Execution;

/// <summary>Writes execution results as compact JSON so that tests compare whole responses in one assertion.</summary>
public static class ResultJson
{
    public static string Write(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (result.Errors is { Count: > 0 } errors)
            {
                writer.WritePropertyName("errors");
                writer.WriteStartArray();
                foreach (var error in errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", error.Message);
                    if (error.Locations.Count > 0)
                    {
                        writer.WritePropertyName("locations");
                        writer.WriteStartArray();
                        foreach (var location in error.Locations)
                        {
                            writer.WriteStartObject();
                            writer.WriteNumber("line", location.Line);
                            writer.WriteNumber("column", location.Column);
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    }

                    if (error.Path is { } path)
                    {
                        writer.WritePropertyName("path");
                        WriteValue(writer, path);
                    }

                    if (error.Code is { } code)
                    {
                        writer.WritePropertyName("extensions");
                        writer.WriteStartObject();
                        writer.WriteString("code", code);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (result.HasData)
            {
                writer.WritePropertyName("data");
                WriteValue(writer, result.Data);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Expected JSON written with single quotes, for readability in C# strings.</summary>
    public static string Json(string singleQuoted)
    {
        using var document = JsonDocument.Parse(singleQuoted.Replace('\'', '"'));
        return JsonSerializer.Serialize(document.RootElement);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException("Not a result value: " + value.GetType());
        }
    }
}
