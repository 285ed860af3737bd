using System.Text;
using System.Text.Json;

namespace GraphApi.Features.Paging;

/// <summary>
/// Opaque cursors of keyset pagination: base64 of a JSON array holding the order's name and a row's key values
/// (strings, integers, and times as UTC ticks), e.g. <c>["NAME_ASC","Lamp",42]</c>. Clients must not build them;
/// the server reads back only the cursors of an order it wrote.
/// </summary>
public static class Cursor
{
    public static string Encode(string orderName, IReadOnlyList<object> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(orderName);
            foreach (var value in values)
            {
                switch (value)
                {
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case int number:
                        writer.WriteNumberValue(number);
                        break;
                    case long number:
                        writer.WriteNumberValue(number);
                        break;
                    case DateTime time:
                        writer.WriteNumberValue(time.ToUniversalTime().Ticks);
                        break;
                    default:
                        throw new ArgumentException($"A cursor cannot hold a {value.GetType().Name}.", nameof(values));
                }
            }

            writer.WriteEndArray();
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// The key values in <paramref name="cursor"/>, of the types <paramref name="keyTypes"/>, when it is a cursor
    /// of the order <paramref name="orderName"/>; otherwise null.
    /// </summary>
    public static object[]? Decode(string cursor, string orderName, IReadOnlyList<Type> keyTypes)
    {
        var bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes.AsMemory(0, length));
            var array = json.RootElement;
            if (array.ValueKind != JsonValueKind.Array
                || array.GetArrayLength() != keyTypes.Count + 1
                || array[0].ValueKind != JsonValueKind.String
                || array[0].GetString() != orderName)
            {
                return null;
            }

            var values = new object[keyTypes.Count];
            for (var i = 0; i < values.Length; i++)
            {
                if (ReadValue(array[i + 1], keyTypes[i]) is not { } value)
                {
                    return null;
                }

                values[i] = value;
            }

            return values;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object? ReadValue(JsonElement element, Type type)
    {
        if (type == typeof(string))
        {
            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        if (type == typeof(int))
        {
            return element.TryGetInt32(out var number) ? number : null;
        }

        if (type == typeof(long))
        {
            return element.TryGetInt64(out var number) ? number : null;
        }

        if (type == typeof(DateTime))
        {
            return element.TryGetInt64(out var ticks) && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
                ? new DateTime(ticks, DateTimeKind.Utc)
                : null;
        }

        return null;
    }
}
