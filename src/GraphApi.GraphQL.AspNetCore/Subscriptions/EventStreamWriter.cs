using System.Buffers;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphApi.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Writes the events of a GraphQL-over-SSE stream in distinct connections mode (graphql-sse-protocol.md) to
/// a response, each flushed at once: <c>next</c> with a result as its data, <c>complete</c> with an empty
/// data field (without one, EventSource would not dispatch it), and comment lines that keep the connection
/// alive. Writes from the keep-alive timer and the results take turns.
/// </summary>
internal sealed class EventStreamWriter(HttpResponse response, CancellationToken cancellationToken)
{
    private static readonly byte[] Comment = ":\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata: \n\n"u8.ToArray();

    private readonly SemaphoreSlim _lock = new(1, 1);

    public Task WriteCommentAsync() => WriteAsync(Comment);

    public Task WriteCompleteAsync() => WriteAsync(CompleteEvent);

    /// <summary>
    /// One <c>next</c> event. The result is written to a buffer first, so a value that cannot be written
    /// leaves the stream intact. JSON text has no raw line breaks, so it fits one <c>data:</c> line.
    /// </summary>
    public async Task WriteNextAsync(ExecutionResult result)
    {
        using var buffer = new PooledBufferWriter();
        buffer.Write("event: next\ndata: "u8);
        ExecutionResultWriter.Write(buffer, result);
        buffer.Write("\n\n"u8);
        await WriteAsync(buffer.WrittenMemory);
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await response.Body.WriteAsync(bytes, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }
}
