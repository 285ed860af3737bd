using System.Globalization;
using System.Text.Json;
using GraphApi.Features.Nodes;
using GraphApi.Tests.Shop.Infrastructure;

namespace GraphApi.Tests.Authorization;

/// <summary>
/// A user of <see cref="KnownShop"/> as the IDOR tests see them: who they are, and the markers that would show a
/// response carries something of theirs (their user's global ID, name, e-mail, their orders' global IDs and totals).
/// </summary>
public sealed record Party(string Name, TestUser User, string Email, int[] OrderIds, decimal[] OrderTotals)
{
    /// <summary>Ann: orders 1, 2, 3 (DELIVERED, PAID, PENDING). Totals computed from KnownShop's lines.</summary>
    public static readonly Party Ann = new("Ann", KnownShop.Ann, "ann@example.com", [1, 2, 3], [104.48m, 99.00m, 72.47m]);

    /// <summary>Bob: orders 4 (CANCELLED, 1 × 19.99) and 5 (PENDING, 2 × 12.50).</summary>
    public static readonly Party Bob = new("Bob", KnownShop.Bob, "bob@example.com", [4, 5], [19.99m, 25.00m]);

    /// <summary>Ada, the admin, who sees everyone's orders; she has none of her own.</summary>
    public static readonly Party Ada = new("Ada", KnownShop.Ada, "ada@example.com", [], []);

    public string UserGlobalId => GlobalId.Encode("User", User.Id);

    public static Party Named(string name) => name switch
    {
        "Ann" => Ann,
        "Bob" => Bob,
        "Ada" => Ada,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a user of KnownShop."),
    };

    public static string OrderGlobalId(int orderId) => GlobalId.Encode("Order", orderId);

    /// <summary>The total of one of this party's orders.</summary>
    public decimal TotalOf(int orderId) => OrderTotals[Array.IndexOf(OrderIds, orderId)];

    /// <summary>The text markers: found anywhere in the raw body or in any decoded string of it.</summary>
    private IEnumerable<string> TextMarkers =>
        OrderIds.Select(OrderGlobalId).Append(UserGlobalId).Append(Name).Append(Email);

    /// <summary>
    /// The markers of this party's that <paramref name="body"/> holds; order totals are reported as their invariant
    /// text, e.g. "19.99".
    /// </summary>
    public IReadOnlyList<string> MarkersIn(string body)
    {
        using var json = JsonDocument.Parse(body);
        var strings = new List<string>();
        var numbers = new List<decimal>();
        Collect(json.RootElement, strings, numbers);

        // Text markers are searched in the raw text and again in the decoded strings, so that an escaped
        // character (e.g. '+' or '=' of a base64 ID written as \u002B) cannot hide one.
        var found = TextMarkers
            .Where(marker => body.Contains(marker, StringComparison.Ordinal) || strings.Any(s => s.Contains(marker, StringComparison.Ordinal)))
            .ToList();

        // Totals are compared as JSON values, not searched as text: "25" is also in every date of 2025.
        found.AddRange(OrderTotals.Where(numbers.Contains).Select(Total));
        return found;
    }

    /// <summary>Asserts <paramref name="body"/> holds none of this party's markers.</summary>
    public void AssertNothingOf(string body)
    {
        var found = MarkersIn(body);
        Assert.True(found.Count == 0, $"The response shows {Name}'s {string.Join(", ", found)}: {body}");
    }

    /// <summary>
    /// The positive control of a shape: asserts <paramref name="body"/> holds each of <paramref name="expected"/>, so that
    /// the same query run by someone who may not see them passes only because they are hidden, not because it is broken.
    /// </summary>
    public void AssertShows(string body, params string[] expected)
    {
        var found = MarkersIn(body);
        Assert.True(expected.Length > 0, "A positive control must expect at least one marker.");
        Assert.All(expected, marker => Assert.True(found.Contains(marker), $"Expected {Name}'s {marker} in: {body}"));
    }

    /// <summary>The marker of an order total as <see cref="MarkersIn"/> reports it.</summary>
    public static string Total(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Collect(JsonElement element, List<string> strings, List<decimal> numbers)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    strings.Add(property.Name);
                    Collect(property.Value, strings, numbers);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings, numbers);
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                strings.Add(text);

                // A Decimal scalar could be written as a string: count it as the amount it spells.
                if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var spelled))
                {
                    numbers.Add(spelled);
                }

                break;
            case JsonValueKind.Number when element.TryGetDecimal(out var number):
                numbers.Add(number);
                break;
        }
    }
}
