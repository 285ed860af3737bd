using System.Buffers;
using System.Text.Json;

namespace GraphApi.Features.Events.Bus.RabbitMq;

/// <summary>
/// A batch as a broker message: <c>{"from","through","events":[{"id","type","occurredAt","payload"}]}</c>, each
/// payload the event's JSON as the outbox stores it.
/// </summary>
internal static class EventBatchJson
{
    public static byte[] Write(EventBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("from", batch.From);
            writer.WriteNumber("through", batch.Through);
            writer.WriteStartArray("events");
            foreach (var stored in batch.Events)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", stored.Id);
                writer.WriteString("type", ShopEventType.NameOf(stored.Event));
                writer.WriteString("occurredAt", stored.OccurredAt);
                writer.WritePropertyName("payload");
                writer.WriteRawValue(ShopEventType.Serialize(stored.Event), skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The batch in <paramref name="body"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static EventBatch Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var events = new List<StoredEvent>();
        foreach (var item in root.GetProperty("events").EnumerateArray())
        {
            var type = item.GetProperty("type").GetString() ?? throw new JsonException("An event without a type.");
            var occurredAt = DateTime.SpecifyKind(item.GetProperty("occurredAt").GetDateTime(), DateTimeKind.Utc);
            events.Add(new StoredEvent(item.GetProperty("id").GetInt64(), occurredAt, ShopEventType.Deserialize(type, item.GetProperty("payload").GetRawText())));
        }

        return new EventBatch(root.GetProperty("from").GetInt64(), root.GetProperty("through").GetInt64(), events);
    }
}
