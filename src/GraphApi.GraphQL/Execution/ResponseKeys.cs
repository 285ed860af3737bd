using System.Text.Json;
using GraphApi.GraphQL.Execution.Serialization;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// The response keys of a <see cref="ResultMap"/>, in order. A selection set's plan makes them once, with
/// their JSON encoding, and every map of that selection set shares them: a map then holds only its values,
/// and the response writer copies each name's UTF-8 bytes instead of encoding it again. A map built key by
/// key has keys of its own.
/// </summary>
internal sealed class ResponseKeys
{
    /// <summary>Keys of one map's own, filled as it adds entries.</summary>
    public ResponseKeys(string[] names)
    {
        Names = names;
    }

    private ResponseKeys(string[] names, JsonEncodedText[] encoded)
    {
        Names = names;
        Encoded = encoded;
    }

    public string[] Names { get; }

    /// <summary>The names as the response writer encodes them; null for the keys of one map.</summary>
    public JsonEncodedText[]? Encoded { get; }

    /// <summary>Shared keys are never changed: a map copies them before adding a key of its own.</summary>
    public bool IsShared => Encoded is not null;

    public static ResponseKeys Shared(string[] names)
    {
        var encoded = new JsonEncodedText[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            encoded[i] = JsonEncodedText.Encode(names[i], ExecutionResultWriter.WriterOptions.Encoder);
        }

        return new ResponseKeys(names, encoded);
    }
}
