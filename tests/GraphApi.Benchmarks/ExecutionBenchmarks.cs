using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Execution.Serialization;

namespace GraphApi.Benchmarks;

/// <summary>
/// Requests against the shop (<see cref="Shop"/>) through <see cref="RequestExecutor"/>, as the HTTP transport
/// runs them: a new <see cref="RequestContext"/> per request. <c>Execute_*</c> measure execution with the
/// document already parsed, validated and planned (the caches warm, as in a running server);
/// <c>*_Json</c> add writing the response as JSON, which is what a request costs end to end;
/// <c>*_Cold</c> miss every cache, so they add hashing, parsing, validation and planning.
/// tests/js/bench-execute.mjs times graphql-js on the same cases.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private static readonly ExecutableSchema ShopSchema = Shop.CreateSchema(Inputs.ShopSdl);

    private readonly RequestExecutor _executor = new(ShopSchema);

    // Caches of one entry, fed two documents in turn: every request is a miss.
    private readonly RequestExecutor _coldExecutor = new(ShopSchema, new ExecutionOptions { DocumentCacheSize = 1, PlanCacheSize = 1 });

    private readonly GraphQLRequest _introspection = new() { Query = Inputs.Introspection };
    private readonly GraphQLRequest _smallQuery = new() { Query = Inputs.SmallQuery };

    // The same operation in two texts, so that they hash differently; graphql-js's cold case parses the same two.
    private readonly GraphQLRequest[] _coldSmallQueries =
    [
        new() { Query = Inputs.SmallQuery },
        new() { Query = Inputs.SmallQuery + "# another text\n" },
    ];

    // The transport writes a response into a pooled buffer, then copies it to the response body.
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private int _coldTurn;

    [GlobalSetup]
    public void Setup()
    {
        // Each side checks its answer against the same file, so both run on the same data.
        var small = Encoding.UTF8.GetString(RespondAsync(_smallQuery).GetAwaiter().GetResult().Span);
        if (small != Inputs.SmallQueryResponse)
        {
            throw new InvalidOperationException("the small query's response differs from Inputs/small-query.response.json:\n" + small);
        }

        foreach (var request in (GraphQLRequest[])[_introspection, .. _coldSmallQueries])
        {
            if (_executor.ExecuteAsync(request, new RequestContext()).GetAwaiter().GetResult() is { Errors.Count: > 0 } failed)
            {
                throw new InvalidOperationException($"benchmark request failed: {failed.Errors[0].Message}");
            }
        }
    }

    [Benchmark]
    public Task<ExecutionResult> Execute_Introspection() => _executor.ExecuteAsync(_introspection, new RequestContext());

    [Benchmark]
    public Task<ReadOnlyMemory<byte>> Execute_Introspection_Json() => RespondAsync(_introspection);

    [Benchmark]
    public Task<ExecutionResult> Execute_SmallQuery() => _executor.ExecuteAsync(_smallQuery, new RequestContext());

    [Benchmark]
    public Task<ReadOnlyMemory<byte>> Execute_SmallQuery_Json() => RespondAsync(_smallQuery);

    [Benchmark]
    public Task<ExecutionResult> Execute_SmallQuery_Cold() =>
        _coldExecutor.ExecuteAsync(_coldSmallQueries[_coldTurn ^= 1], new RequestContext());

    private async Task<ReadOnlyMemory<byte>> RespondAsync(GraphQLRequest request)
    {
        var result = await _executor.ExecuteAsync(request, new RequestContext()).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        ExecutionResultWriter.Write(_buffer, result);
        return _buffer.WrittenMemory;
    }
}
