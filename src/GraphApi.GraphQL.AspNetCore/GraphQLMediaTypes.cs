using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore;

/// <summary>The media type a response is written in (GraphQL over HTTP, Media Types).</summary>
internal enum ResponseMediaType
{
    GraphQLResponseJson,

    /// <summary>For legacy clients, which know nothing of <c>application/graphql-response+json</c>.</summary>
    Json,
}

/// <summary>What the <c>Content-Type</c> of a POST says about its body.</summary>
internal enum RequestContentType
{
    Json,
    Missing,
    Unsupported,

    /// <summary><c>application/json</c> in a charset other than UTF-8.</summary>
    UnsupportedCharset,
}

/// <summary>Content negotiation for the endpoint: the <c>Accept</c> header of requests, the <c>Content-Type</c> of POST bodies.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentTypeOf(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };

    /// <summary>
    /// The response media type the <c>Accept</c> header asks for, or null when it allows neither of ours.
    /// <c>application/graphql-response+json</c> is chosen only when named, and wins ties; wildcards
    /// (<c>*/*</c>, <c>application/*</c>) and a missing header get <c>application/json</c>, because clients
    /// that send them may be legacy clients (the graphql-http audits 47DE and 80D8 check exactly this).
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues acceptHeaders)
    {
        if (StringValues.IsNullOrEmpty(acceptHeaders) || acceptHeaders.All(string.IsNullOrWhiteSpace))
        {
            return ResponseMediaType.Json;
        }

        // The headers clients send most often, answered without parsing (and allocating).
        if (acceptHeaders.Count == 1)
        {
            switch (acceptHeaders[0])
            {
                case GraphQLResponseJson or GraphQLResponseJson + ", " + Json + ";q=0.9":
                    return ResponseMediaType.GraphQLResponseJson;
                case Json or "*/*":
                    return ResponseMediaType.Json;
            }
        }

        // Values that do not parse are skipped, as if the client had not sent them; a header with no valid
        // value at all names nothing we can produce.
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges))
        {
            return null;
        }

        // The most specific range that matches a media type gives its quality (RFC 9110 §12.5.1).
        double? graphQLResponse = null, json = null, anyApplication = null, any = null;
        foreach (var range in ranges)
        {
            if (range.Charset.HasValue && !IsUtf8(range.Charset))
            {
                continue;
            }

            double quality = range.Quality ?? 1.0;
            if (range.MatchesAllTypes)
            {
                any = Math.Max(any ?? 0, quality);
            }
            else if (range.MatchesAllSubTypes)
            {
                if (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
                {
                    anyApplication = Math.Max(anyApplication ?? 0, quality);
                }
            }
            else if (range.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                graphQLResponse = Math.Max(graphQLResponse ?? 0, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json ?? 0, quality);
            }
        }

        double graphQLQuality = graphQLResponse ?? 0;
        double jsonQuality = json ?? anyApplication ?? any ?? 0;
        if (graphQLQuality > 0 && graphQLQuality >= jsonQuality)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        return jsonQuality > 0 ? ResponseMediaType.Json : null;
    }

    /// <summary>
    /// Whether a POST body is <c>application/json</c> in UTF-8 (GraphQL over HTTP, POST: no charset means
    /// UTF-8).
    /// </summary>
    public static RequestContentType CheckRequestContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return RequestContentType.Missing;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return RequestContentType.Unsupported;
        }

        return parsed.Charset.HasValue && !IsUtf8(parsed.Charset) ? RequestContentType.UnsupportedCharset : RequestContentType.Json;
    }

    private static bool IsUtf8(StringSegment charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase);
}
