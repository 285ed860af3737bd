using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphApi.GraphQL.Execution.Serialization;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as JSON (spec §7.1 Response Format): <c>errors</c> first when
/// there are any (spec §7.1 suggests it, and graphql-js does the same), then <c>data</c> when present,
/// then <c>extensions</c> when non-empty.
/// </summary>
public static class ExecutionResultWriter
{
    /// <summary>
    /// Responses are served as JSON, never inlined into HTML, so HTML-sensitive characters and non-ASCII
    /// text need no escaping; escaping them would only make responses larger. (Characters outside the
    /// Basic Multilingual Plane are still escaped: every System.Text.Json encoder does that.)
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly double[] PowersOfTen = [1, 10, 100, 1000, 10000];

    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");

    // Write is synchronous from Reset to Flush, so one writer per thread can be reused safely; it saves
    // the writer's allocation on every response.
    [ThreadStatic]
    private static Utf8JsonWriter? _cachedWriter;

    // What the cached writer points at between responses. Never written to: the writer is only reset to it.
    // (Resetting to a stream instead would allocate the writer a buffer on every response.)
    private static readonly ArrayBufferWriter<byte> NoOutput = new(1);

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/>; the stream is written asynchronously only.</summary>
    public static async Task WriteAsync(Stream stream, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        // A writer over a stream buffers everything until flushed, so nothing is written synchronously.
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(writer, result);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="result"/> into <paramref name="output"/> (for example a response's PipeWriter) and flushes the JSON writer into it.</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        var writer = _cachedWriter;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, WriterOptions);
            _cachedWriter = writer;
        }
        else
        {
            writer.Reset(output);
        }

        try
        {
            Write(writer, result);
            writer.Flush();
        }
        finally
        {
            // Let go of the output so the cached writer does not keep a response alive.
            writer.Reset(NoOutput);
        }
    }

    /// <summary>Writes <paramref name="result"/> as one JSON object; the caller flushes.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();

        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName(ErrorsName);
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                GraphQLErrorWriter.Write(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData || result.Data is not null)
        {
            writer.WritePropertyName(DataName);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteDictionary(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one response value: the <see cref="ResultMap"/> value types, plus ordinary dictionaries and
    /// lists, which error and response extensions may hold.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int integer:
                writer.WriteNumberValue(integer);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case ResultMap map:
                WriteMap(writer, map);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                WriteDictionary(writer, dictionary);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException(
                    $"A value of type {value.GetType()} cannot be written in a GraphQL response; scalars must serialize to a string, boolean, number, JsonElement, map or list.");
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var encodedKeys = map.EncodedKeys;
        for (int i = 0; i < map.Count; i++)
        {
            if (encodedKeys is not null)
            {
                writer.WritePropertyName(encodedKeys[i]);
            }
            else
            {
                writer.WritePropertyName(map.KeyAt(i));
            }

            WriteValue(writer, map.ValueAt(i));
        }

        writer.WriteEndObject();
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> dictionary)
    {
        writer.WriteStartObject();
        foreach (var entry in dictionary)
        {
            writer.WritePropertyName(entry.Key);
            WriteValue(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        // JSON has no NaN or infinities; the Float scalar's result coercion rejects them (spec §3.5.2), so
        // one reaching this point is a bug in a custom scalar, reported as such rather than as bad JSON.
        if (!double.IsFinite(number))
        {
            throw new InvalidOperationException($"The number {number} cannot be written in a GraphQL response: JSON has no NaN or infinities.");
        }

        // Utf8JsonWriter formats doubles in their shortest round-trip form ("0.1", not "0.10000000000000001").
        if (AsShortDecimal(number) is { } shortDecimal)
        {
            writer.WriteNumberValue(shortDecimal);
        }
        else
        {
            writer.WriteNumberValue(number);
        }
    }

    /// <summary>
    /// Most numbers in responses (prices, ratings, measures) have a few decimals at most. Their shortest
    /// round-trip form is then the fewest decimals that parse back to the number, and a decimal of those
    /// digits writes the same text several times faster than the round-trip search of a double. Null when
    /// the number needs more than four decimals, or is zero (whose sign only the double keeps), or is too
    /// large for the shortcut.
    /// </summary>
    private static decimal? AsShortDecimal(double number)
    {
        // Below 2^50 (about 1.1E+15; doubles are written with an exponent from 1E+17 up) the product
        // number * 10^scale is within 0.375 of the integer it should be, so rounding it finds the digits
        // whenever they exist.
        const double Limit = 1L << 50;
        if (number == 0)
        {
            return null;
        }

        for (byte scale = 0; scale < PowersOfTen.Length; scale++)
        {
            var digits = Math.Round(number * PowersOfTen[scale]);
            if (Math.Abs(digits) >= Limit)
            {
                return null;
            }

            // Both operands are exact, so the quotient is the double nearest to digits / 10^scale: equal to
            // the number exactly when that decimal text parses back to it.
            if (digits / PowersOfTen[scale] == number)
            {
                var magnitude = (ulong)Math.Abs(digits);
                return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, digits < 0, scale);
            }
        }

        return null;
    }
}
