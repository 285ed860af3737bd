using System.IO.Pipelines;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphApi.GraphQL.AspNetCore;

internal sealed partial class GraphQLEndpoint
{
    /// <summary>
    /// GraphQL over HTTP §POST: a JSON body in UTF-8, no larger than
    /// <see cref="GraphQLServerOptions.MaxRequestBodyBytes"/>.
    /// </summary>
    private async Task<(GraphQLRequest? Request, Rejection? Failure)> ReadPostRequestAsync(HttpContext http)
    {
        var contentType = http.Request.ContentType;
        switch (GraphQLMediaTypes.CheckRequestContentType(contentType))
        {
            case RequestContentType.Missing:
                return (null, Rejection.UnsupportedMediaType("The request has no Content-Type header; send the GraphQL request as application/json."));
            case RequestContentType.Unsupported:
                return (null, Rejection.UnsupportedMediaType($"The Content-Type \"{contentType}\" is not supported; send the GraphQL request as application/json."));
            case RequestContentType.UnsupportedCharset:
                return (null, Rejection.UnsupportedMediaType($"The Content-Type \"{contentType}\" names a charset other than UTF-8; send the GraphQL request as application/json in UTF-8."));
        }

        long limit = _options.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return (null, Rejection.TooLarge(limit));
        }

        // Lets Kestrel stop a chunked body at the limit too; the count below covers servers that do not.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var body = http.Request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await body.ReadAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own verdicts on the body: over the size limit, or cut short by the client.
                return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Rejection.TooLarge(limit)
                    : new Rejection(e.StatusCode, Error($"The request body could not be read: {e.Message}", GraphQLHttpErrorCodes.BadRequest)));
            }

            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.End);
                return (null, Rejection.TooLarge(limit));
            }

            if (read.IsCompleted)
            {
                // The request read holds copies (strings, JsonElements), so the body can be released at once.
                if (GraphQLRequestReader.TryRead(buffer, out var request, out var error))
                {
                    body.AdvanceTo(buffer.End);
                    return (request, null);
                }

                body.AdvanceTo(buffer.End);
                return (null, new Rejection(StatusCodes.Status400BadRequest, error));
            }

            // Nothing consumed, everything examined: wait for the rest of the body.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
