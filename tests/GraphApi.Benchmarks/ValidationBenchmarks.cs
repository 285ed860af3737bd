using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.Benchmarks;

/// <summary>Validating parsed documents against the harness schema with every rule of spec §5, and building a large schema.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    [GlobalSetup]
    public void Setup()
    {
        // Both documents are valid: a benchmark of the error path would measure something else.
        if (DocumentValidator.Validate(Inputs.Harness, Inputs.IntrospectionDocument).Count != 0
            || DocumentValidator.Validate(Inputs.Harness, Inputs.KitchenSinkDocument).Count != 0)
        {
            throw new InvalidOperationException("benchmark documents must be valid");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_Introspection() => DocumentValidator.Validate(Inputs.Harness, Inputs.IntrospectionDocument);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_KitchenSink() => DocumentValidator.Validate(Inputs.Harness, Inputs.KitchenSinkDocument);

    [Benchmark]
    public Schema BuildSchema_LargeSchema() => SchemaBuilder.Build(Inputs.LargeSchema);
}
