using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using GraphApi.GraphQL.Errors;

namespace GraphApi.GraphQL.Execution.Serialization;

/// <summary>
/// Reads a GraphQL-over-HTTP request from JSON (GraphQL over HTTP, JSON Encoding): an object with a
/// string <c>query</c>, an optional string <c>operationName</c> and optional object <c>variables</c> and
/// <c>extensions</c>; null counts as absent and other members are ignored, as that section requires.
/// Every way a body can be wrong is reported as one error with code <see cref="BadRequestCode"/>, whose
/// message names the member at fault.
/// </summary>
public static class GraphQLRequestReader
{
    /// <summary>The <c>extensions.code</c> of errors about the HTTP request itself rather than the GraphQL document.</summary>
    public const string BadRequestCode = "BAD_REQUEST";

    // The whitespace JSON allows around values (RFC 8259 §2).
    private static ReadOnlySpan<byte> JsonWhitespace => " \t\r\n"u8;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Reads a request body of UTF-8 JSON.</summary>
    public static bool TryRead(
        ReadOnlySequence<byte> body,
        [NotNullWhen(true)] out GraphQLRequest? request,
        [NotNullWhen(false)] out GraphQLError? error) =>
        body.IsSingleSegment
            ? TryRead(body.FirstSpan, out request, out error)
            : TryRead(body.ToArray(), out request, out error);

    /// <inheritdoc cref="TryRead(ReadOnlySequence{byte}, out GraphQLRequest?, out GraphQLError?)"/>
    public static bool TryRead(
        ReadOnlySpan<byte> body,
        [NotNullWhen(true)] out GraphQLRequest? request,
        [NotNullWhen(false)] out GraphQLError? error)
    {
        // Utf8JsonReader leaves the bytes inside strings unchecked, and variables are kept as JSON to be
        // decoded later by the executor, so invalid UTF-8 is rejected here, once, for the whole body.
        if (!Utf8.IsValid(body))
        {
            request = null;
            error = BadRequest("The request body is not valid UTF-8.");
            return false;
        }

        // A UTF-8 byte order mark is legal before JSON text; Utf8JsonReader does not skip it itself.
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (body.Trim(JsonWhitespace).IsEmpty)
        {
            request = null;
            error = BadRequest("The request body is empty; expected a JSON object with a \"query\" string.");
            return false;
        }

        var reader = new Utf8JsonReader(body, ReaderOptions);
        try
        {
            return TryReadRequest(ref reader, out request, out error);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string escape that is no valid UTF-16 (a lone surrogate).
            request = null;
            error = BadRequest($"The request body is not valid JSON: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Reads the JSON text of a <c>variables</c> or <c>extensions</c> parameter given apart from a body (as in
    /// a GET request's query string): a JSON object, or null meaning absent.
    /// </summary>
    public static bool TryReadMap(string parameterName, string json, out JsonElement? value, [NotNullWhen(false)] out GraphQLError? error)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.AsSpan().Trim(JsonWhitespace).IsEmpty)
        {
            value = null;
            error = BadRequest($"The \"{parameterName}\" parameter is empty; expected a JSON object.");
            return false;
        }

        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            reader.Read();
            if (!TryReadMapValue(ref reader, parameterName, out value, out error))
            {
                return false;
            }

            // Reading past the value throws if anything but whitespace follows it.
            reader.Read();
            return true;
        }
        catch (JsonException e)
        {
            value = null;
            error = BadRequest($"The \"{parameterName}\" parameter is not valid JSON: {e.Message}");
            return false;
        }
    }

    private static bool TryReadRequest(ref Utf8JsonReader reader, [NotNullWhen(true)] out GraphQLRequest? request, [NotNullWhen(false)] out GraphQLError? error)
    {
        request = null;
        reader.Read();

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var found = reader.TokenType;

            // Make sure the body is JSON at all before complaining about its shape.
            reader.Skip();
            reader.Read();
            error = BadRequest($"The request body must be a JSON object, not {Describe(found)}.");
            return false;
        }

        string? query = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                if (!TryReadString(ref reader, "query", out query, out error))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                if (!TryReadString(ref reader, "operationName", out operationName, out error))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                if (!TryReadMapValue(ref reader, "variables", out variables, out error))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                if (!TryReadMapValue(ref reader, "extensions", out extensions, out error))
                {
                    return false;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // After the object's end, reading again throws if anything but whitespace follows.
        reader.Read();

        request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        };
        error = null;
        return true;
    }

    private static bool TryReadString(ref Utf8JsonReader reader, string name, out string? value, [NotNullWhen(false)] out GraphQLError? error)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                error = null;
                return true;
            case JsonTokenType.Null:
                value = null;
                error = null;
                return true;
            default:
                value = null;
                error = BadRequest($"\"{name}\" must be a string, not {Describe(reader.TokenType)}.");
                return false;
        }
    }

    private static bool TryReadMapValue(ref Utf8JsonReader reader, string name, out JsonElement? value, [NotNullWhen(false)] out GraphQLError? error)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                // ParseValue copies the object out of the body, so the body's buffer can be released.
                value = JsonElement.ParseValue(ref reader);
                error = null;
                return true;
            case JsonTokenType.Null:
                value = null;
                error = null;
                return true;
            default:
                value = null;
                error = BadRequest($"\"{name}\" must be a JSON object, not {Describe(reader.TokenType)}.");
                return false;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a JSON " + token,
    };

    private static GraphQLError BadRequest(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = BadRequestCode });
}
