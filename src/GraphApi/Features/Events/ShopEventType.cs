using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphApi.Features.Events;

/// <summary>
/// The kinds of <see cref="ShopEvent"/> by the name stored in <see cref="OutboxEvent.Type"/> (the record's
/// CLR name), and their JSON payloads.
/// </summary>
public static class ShopEventType
{
    public const string OrderPlaced = nameof(Events.OrderPlaced);

    public const string OrderStatusChanged = nameof(Events.OrderStatusChanged);

    public const string ProductPriceChanged = nameof(Events.ProductPriceChanged);

    public const string ProductChanged = nameof(Events.ProductChanged);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        [OrderPlaced] = typeof(OrderPlaced),
        [OrderStatusChanged] = typeof(OrderStatusChanged),
        [ProductPriceChanged] = typeof(ProductPriceChanged),
        [ProductChanged] = typeof(ProductChanged),
    };

    public static string NameOf(ShopEvent e)
    {
        var name = e.GetType().Name;
        return Types.TryGetValue(name, out var type) && type == e.GetType()
            ? name
            : throw new ArgumentException($"{e.GetType().FullName} is not a kind of shop event the outbox knows.", nameof(e));
    }

    public static string Serialize(ShopEvent e) => JsonSerializer.Serialize(e, e.GetType(), Json);

    /// <summary>The event stored as <paramref name="payload"/> under <paramref name="type"/>.</summary>
    public static ShopEvent Deserialize(string type, string payload) =>
        Types.TryGetValue(type, out var clrType)
            ? (ShopEvent)(JsonSerializer.Deserialize(payload, clrType, Json)
                ?? throw new JsonException($"The payload of a {type} event is null."))
            : throw new JsonException($"\"{type}\" is not a kind of shop event.");
}
